package io.sosmed.schedule.publishing;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.sosmed.schedule.network.ChannelDirectory;
import io.sosmed.schedule.network.NetworkException;
import io.sosmed.schedule.network.PublishedPost;
import io.sosmed.schedule.scheduling.PublicationRepository;
import io.sosmed.schedule.scheduling.PublicationStatus;
import io.sosmed.schedule.scheduling.ScheduledPublication;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Records what came of an attempt, each in its own short transaction with its event. Every write is guarded by the
 * attempt id: an outcome arriving for an attempt that is no longer current (the row was recovered, retried or
 * unscheduled meanwhile) changes nothing, except that a late success is always kept, because the post exists.
 */
@ApplicationScoped
public class PublicationOutcomes {

    private static final Set<PublicationStatus> IN_FLIGHT = Set.of(PublicationStatus.PUBLISHING, PublicationStatus.UNCONFIRMED);

    private final PublicationRepository publications;
    private final PublicationClaims claims;
    private final PublishingEvents events;
    private final ChannelDirectory channels;
    private final Clock clock;
    private final RetryBackoff firstCommentBackoff;

    public PublicationOutcomes(PublicationRepository publications, PublicationClaims claims, PublishingEvents events,
            ChannelDirectory channels, Clock clock, PublishingConfig config) {
        this.publications = publications;
        this.claims = claims;
        this.events = events;
        this.channels = channels;
        this.clock = clock;
        this.firstCommentBackoff = RetryBackoff.withJitter(config);
    }

    /** One success to record; {@code firstComment} says whether the variant had one to post with it. */
    public record Published(Claim claim, PublishedPost post, boolean firstComment) {
    }

    public void published(Claim claim, PublishedPost post, boolean firstComment) {
        inCurrentAttempt(claim, p -> markPublished(p, post, firstComment));
    }

    /**
     * Records several successes in one transaction (rows locked in id order, so two writers never deadlock); each is
     * guarded by its attempt id like {@link #published}.
     */
    public void publishedAll(List<Published> successes) {
        Map<UUID, Published> byId = new HashMap<>();
        successes.forEach(s -> byId.put(s.claim().id(), s));
        QuarkusTransaction.requiringNew().run(() -> {
            List<ScheduledPublication> rows = publications.find("id in ?1 order by id", byId.keySet())
                    .withLock(LockModeType.PESSIMISTIC_WRITE).list();
            for (ScheduledPublication p : rows) {
                Published success = byId.get(p.id);
                if (success.claim().attemptId().equals(p.attemptId) && IN_FLIGHT.contains(p.status)) {
                    markPublished(p, success.post(), success.firstComment());
                } else {
                    Log.infof("Outcome of attempt %s on publication %s arrived after the attempt stopped being current; "
                            + "ignored", success.claim().attemptId(), p.id);
                }
            }
        });
    }

    private void markPublished(ScheduledPublication p, PublishedPost post, boolean firstComment) {
        Instant now = clock.instant();
        p.status = PublicationStatus.PUBLISHED;
        p.externalId = post.externalId();
        p.url = post.url();
        p.publishedAt = now;
        p.failureCode = null;
        p.failureReason = null;
        p.updatedAt = now;
        if (firstComment) {
            p.firstCommentAttempts = 1;
            p.firstCommentAttemptId = p.attemptId;
            post.firstCommentFailed().ifPresentOrElse(failure -> firstCommentFailed(p, failure, now),
                    () -> p.firstCommentStatus = FirstCommentStatus.SENT.name());
        }
        events.published(p);
        Log.debugf("Published post %s on channel %s (workspace %s, attempt %s): %s", p.postId, p.channelId,
                p.workspaceId, p.attemptId, p.externalId);
    }

    /** The first comment made with the post failed: retryable ones are retried later on their own, never the post. */
    private void firstCommentFailed(ScheduledPublication p, NetworkException failure, Instant now) {
        FirstCommentStatus status = FirstCommentStatus.after(failure);
        p.firstCommentStatus = status.name();
        p.firstCommentCode = failure.code();
        p.firstCommentReason = FirstCommentOutcomes.reason(p, status, failure, null);
        if (status == FirstCommentStatus.PENDING_RETRY) {
            p.firstCommentDueAt = now.plus(firstCommentBackoff.delay(1, failure.retryAfter()));
            p.firstCommentReason = FirstCommentOutcomes.reason(p, status, failure, p.firstCommentDueAt);
            if (failure.retryAfter().isPresent()) {
                FirstCommentOutcomes.holdChannel(publications, p, p.firstCommentDueAt);
            }
        }
    }

    public void failed(Claim claim, String code, String reason, boolean retryable) {
        inCurrentAttempt(claim, p -> fail(p, code, reason, retryable));
    }

    /**
     * A retryable failure: back to SCHEDULED at {@code retryAt}, or FAILED once the attempts are spent. When the network
     * said how long to wait (a rate limit on the account), the channel's other due work waits as long, so the engine does
     * not spend the rest of the budget on calls that will be refused too.
     */
    public void retryLater(Claim claim, String code, String reason, Instant retryAt, int maxAttempts, boolean channelWaits) {
        inCurrentAttempt(claim, p -> {
            if (channelWaits) {
                publications.getEntityManager().createNativeQuery("""
                        insert into channel_rate_limit (workspace_id, channel_id, until) values (:ws, :channel, :until)
                        on conflict (workspace_id, channel_id) do update set until = greatest(channel_rate_limit.until, excluded.until)""")
                        .setParameter("ws", p.workspaceId).setParameter("channel", p.channelId).setParameter("until", retryAt)
                        .executeUpdate();
                Log.infof("Channel %s is rate limited until %s: nothing more is claimed for it before then", p.channelId, retryAt);
            }
            if (p.attempts >= maxAttempts) {
                fail(p, code, reason + " (gave up after " + p.attempts + " attempts)", true);
                return;
            }
            p.status = PublicationStatus.SCHEDULED;
            p.dueAt = retryAt;
            p.failureCode = code;
            p.failureReason = reason + "; attempt " + (p.attempts + 1) + " at " + retryAt;
            p.updatedAt = clock.instant();
            Log.infof("Post %s on channel %s: attempt %d failed (%s), retrying at %s", p.postId, p.channelId, p.attempts,
                    code, retryAt);
        });
    }

    /**
     * The app's rate budget held the call before it reached the network: back to SCHEDULED when the budget frees,
     * without spending an attempt, so waiting for a budget can never exhaust the attempts.
     */
    public void waitForAppBudget(Claim claim, String code, String reason, Instant retryAt) {
        inCurrentAttempt(claim, p -> {
            p.attempts = Math.max(0, p.attempts - 1);
            p.status = PublicationStatus.SCHEDULED;
            p.dueAt = retryAt;
            p.failureCode = code;
            p.failureReason = reason;
            p.updatedAt = clock.instant();
            Log.infof("Post %s on channel %s waits for the app's rate budget until %s (not counted as an attempt)",
                    p.postId, p.channelId, retryAt);
        });
    }

    /** The channel's credentials stopped working: it needs reconnecting, and the publication waits for that. */
    public void waitForReconnect(Claim claim, String code, String reason) {
        inCurrentAttempt(claim, p -> {
            channels.markNeedsReconnect(p.workspaceId, p.channelId, reason);
            p.status = PublicationStatus.WAITING_RECONNECT;
            p.failureCode = code;
            p.failureReason = reason + "; waiting until the channel is reconnected";
            p.updatedAt = clock.instant();
        });
    }

    /** The network call may or may not have created the post: never retried blindly, looked up instead. */
    public void unconfirmed(Claim claim, String reason) {
        inCurrentAttempt(claim, p -> markUnconfirmed(p, reason));
    }

    /** Turns PUBLISHING claims older than the timeout (their replica died or hung mid-call) into UNCONFIRMED. */
    public int recoverStale(Duration timeout, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<ScheduledPublication> stale = claims.staleIn(clock.instant(), timeout, limit);
            stale.forEach(p -> markUnconfirmed(p, "No outcome was recorded within " + timeout + " of attempt " + p.attemptId
                    + " (the service may have stopped mid-publish); looking the post up on the network"));
            return stale.size();
        });
    }

    /** After the last lookup found nothing, say so: a person decides whether to publish again. */
    public void notFoundByLookup(Claim claim, int maxLookups) {
        if (claim.lookups() < maxLookups) {
            return;
        }
        inCurrentAttempt(claim, p -> {
            p.failureReason = "Not found on " + p.network + " after " + p.lookups + " lookups of attempt " + p.attemptId
                    + ": check the channel; publish again with POST .../publications/" + p.id + "/retry if it is missing";
            p.updatedAt = clock.instant();
        });
    }

    private void markUnconfirmed(ScheduledPublication p, String reason) {
        p.status = PublicationStatus.UNCONFIRMED;
        p.failureCode = "outcome_unknown";
        p.failureReason = reason;
        p.dueAt = clock.instant();
        p.lookups = 0;
        p.updatedAt = clock.instant();
        events.unconfirmed(p);
        Log.warnf("Post %s on channel %s is UNCONFIRMED (workspace %s, attempt %s): %s", p.postId, p.channelId,
                p.workspaceId, p.attemptId, reason);
    }

    private void fail(ScheduledPublication p, String code, String reason, boolean retryable) {
        Instant now = clock.instant();
        p.status = PublicationStatus.FAILED;
        p.failureCode = code;
        p.failureReason = reason;
        p.updatedAt = now;
        events.failed(p, retryable, now);
        Log.warnf("Publishing post %s on channel %s failed (workspace %s, attempt %s): %s", p.postId, p.channelId,
                p.workspaceId, p.attemptId, code);
    }

    private void inCurrentAttempt(Claim claim, Consumer<ScheduledPublication> change) {
        QuarkusTransaction.requiringNew().run(() -> {
            Optional<ScheduledPublication> row = Optional.ofNullable(
                    publications.findById(claim.id(), LockModeType.PESSIMISTIC_WRITE));
            row.filter(p -> claim.attemptId().equals(p.attemptId) && IN_FLIGHT.contains(p.status))
                    .ifPresentOrElse(change, () -> Log.infof("Outcome of attempt %s on publication %s arrived after the "
                            + "attempt stopped being current; ignored", claim.attemptId(), claim.id()));
        });
    }
}
