package io.sosmed.schedule.publishing;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.sosmed.schedule.network.Network;
import io.sosmed.schedule.network.NetworkException;
import io.sosmed.schedule.network.PublishedPost;
import io.sosmed.schedule.scheduling.PublicationRepository;
import io.sosmed.schedule.scheduling.ScheduledPublication;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Claims first comments due for a retry and records what came of each, in short transactions. A claim moves the row to
 * SENDING with a fresh comment attempt id in the same statement that selects it ({@code FOR UPDATE SKIP LOCKED}), so
 * two replicas never send the same comment; every outcome is written only while that attempt is still current.
 */
@ApplicationScoped
public class FirstCommentOutcomes {

    private static final String CLAIM_DUE = """
            update publication p
            set first_comment_status = 'SENDING', first_comment_attempt_id = gen_random_uuid(),
                first_comment_attempts = p.first_comment_attempts + 1, first_comment_claimed_at = :now, updated_at = :now
            where p.id in (
                select d.id from publication d
                where d.first_comment_status = 'PENDING_RETRY' and d.first_comment_due_at <= :now and d.status = 'PUBLISHED'
                  and not exists (select 1 from publishing_pause z
                                  where z.workspace_id = d.workspace_id and (z.channel_id = '' or z.channel_id = d.channel_id))
                  and not exists (select 1 from channel_rate_limit r
                                  where r.workspace_id = d.workspace_id and r.channel_id = d.channel_id and r.until > :now)
                order by d.first_comment_due_at
                limit :limit
                for update of d skip locked)
            returning p.id, p.first_comment_attempt_id, p.workspace_id, p.post_id, p.channel_id, p.network, p.external_id,
                      p.first_comment_attempts""";

    /** SENDING claims older than the timeout: the replica died or hung mid-call, so the comment may exist. */
    private static final String STALE = """
            update publication set first_comment_status = 'UNCONFIRMED', first_comment_code = 'outcome_unknown',
                first_comment_reason = 'The post is published; no outcome was recorded for its first comment within '
                    || :timeout || ' (the service may have stopped mid-call), so it may or may not be on the network: '
                    || 'check the post and add the comment by hand if it is missing',
                updated_at = :now
            where first_comment_status = 'SENDING' and first_comment_claimed_at < :before""";

    private final EntityManager em;
    private final PublicationRepository publications;
    private final Clock clock;

    public FirstCommentOutcomes(EntityManager em, PublicationRepository publications, Clock clock) {
        this.em = em;
        this.publications = publications;
        this.clock = clock;
    }

    /** Claims up to {@code limit} first comments due for a retry; committed before returning. */
    @SuppressWarnings("unchecked")
    List<FirstCommentClaim> claimDue(Instant now, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Object[]> rows = em.createNativeQuery(CLAIM_DUE).setParameter("now", now).setParameter("limit", limit)
                    .getResultList();
            List<FirstCommentClaim> claimed = new ArrayList<>(rows.size());
            for (Object[] row : rows) {
                claimed.add(new FirstCommentClaim((UUID) row[0], (UUID) row[1], (String) row[2], (UUID) row[3],
                        (String) row[4], Network.valueOf((String) row[5]), (String) row[6], ((Number) row[7]).intValue()));
            }
            return claimed;
        });
    }

    /** Turns SENDING comments whose claim is older than the timeout into UNCONFIRMED; returns how many. */
    int recoverStale(Duration timeout) {
        Instant now = clock.instant();
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(STALE)
                .setParameter("timeout", timeout.toString()).setParameter("now", now)
                .setParameter("before", now.minus(timeout)).executeUpdate());
    }

    void sent(FirstCommentClaim claim, PublishedPost comment) {
        inCurrentAttempt(claim, p -> {
            p.firstCommentStatus = FirstCommentStatus.SENT.name();
            p.firstCommentExternalId = comment.externalId();
            p.firstCommentCode = null;
            p.firstCommentReason = null;
            p.firstCommentDueAt = null;
            Log.infof("First comment of post %s on channel %s sent on attempt %d: %s", p.postId, p.channelId,
                    p.firstCommentAttempts, comment.externalId());
        });
    }

    /**
     * A failed attempt: retryable ones go back to PENDING_RETRY at {@code retryAt} until the attempts are spent, then
     * FAILED; an unknown outcome is UNCONFIRMED; anything else FAILED with the network's reason.
     *
     * @param countsAsAttempt false when the call never reached the network (the app's budget held it)
     */
    void failed(FirstCommentClaim claim, NetworkException failure, Instant retryAt, int maxAttempts,
            boolean countsAsAttempt) {
        inCurrentAttempt(claim, p -> {
            if (!countsAsAttempt) {
                p.firstCommentAttempts--;
            }
            FirstCommentStatus status = FirstCommentStatus.after(failure);
            if (status == FirstCommentStatus.PENDING_RETRY && p.firstCommentAttempts >= maxAttempts) {
                status = FirstCommentStatus.FAILED;
            }
            p.firstCommentStatus = status.name();
            p.firstCommentCode = failure.code();
            p.firstCommentDueAt = status == FirstCommentStatus.PENDING_RETRY ? retryAt : null;
            p.firstCommentReason = reason(p, status, failure, p.firstCommentDueAt);
            if (status == FirstCommentStatus.PENDING_RETRY && failure.retryAfter().isPresent()) {
                holdChannel(publications, p, retryAt);
            }
            Log.infof("First comment of post %s on channel %s: attempt %d failed (%s), now %s", p.postId, p.channelId,
                    p.firstCommentAttempts, failure.code(), status);
        });
    }

    /** The channel cannot be used now (needs reconnecting): the comment waits without spending an attempt. */
    void waitForChannel(FirstCommentClaim claim, Instant retryAt, String why) {
        inCurrentAttempt(claim, p -> {
            p.firstCommentAttempts--;
            p.firstCommentStatus = FirstCommentStatus.PENDING_RETRY.name();
            p.firstCommentDueAt = retryAt;
            p.firstCommentReason = "The post is published; its first comment waits: " + why;
        });
    }

    /** The comment cannot be sent at all (the post lost its variant): FAILED with what to do. */
    void abandoned(FirstCommentClaim claim, String code, String reason) {
        inCurrentAttempt(claim, p -> {
            p.firstCommentStatus = FirstCommentStatus.FAILED.name();
            p.firstCommentCode = code;
            p.firstCommentReason = "The post is published but its first comment is not: " + reason;
            p.firstCommentDueAt = null;
        });
    }

    /** The message shown on the publication for a comment in {@code status} after {@code failure}. */
    static String reason(ScheduledPublication p, FirstCommentStatus status, NetworkException failure, Instant retryAt) {
        String message = failure.getMessage().replaceAll("\\.+$", "");
        return switch (status) {
            case PENDING_RETRY -> "The post is published; its first comment failed (" + message + ") and is retried at "
                    + retryAt + " (attempt " + (p.firstCommentAttempts + 1) + ")";
            case UNCONFIRMED -> "The post is published; its first comment may or may not have been posted (" + message
                    + "): check the post on " + p.network + " and add the comment by hand if it is missing";
            default -> "The post is published but its first comment is not: " + message
                    + (p.firstCommentAttempts > 1 ? " (gave up after " + p.firstCommentAttempts + " attempts)" : "")
                    + "; add it on " + p.network + " by hand";
        };
    }

    /** The network said how long to wait: the channel's other work (posts and comments) waits as long. */
    static void holdChannel(PublicationRepository publications, ScheduledPublication p, Instant until) {
        publications.getEntityManager().createNativeQuery("""
                insert into channel_rate_limit (workspace_id, channel_id, until) values (:ws, :channel, :until)
                on conflict (workspace_id, channel_id) do update set until = greatest(channel_rate_limit.until, excluded.until)""")
                .setParameter("ws", p.workspaceId).setParameter("channel", p.channelId).setParameter("until", until)
                .executeUpdate();
    }

    private void inCurrentAttempt(FirstCommentClaim claim, Consumer<ScheduledPublication> change) {
        QuarkusTransaction.requiringNew().run(() -> {
            Optional<ScheduledPublication> row = Optional.ofNullable(
                    publications.findById(claim.id(), LockModeType.PESSIMISTIC_WRITE));
            row.filter(p -> claim.attemptId().equals(p.firstCommentAttemptId)
                    && FirstCommentStatus.SENDING.name().equals(p.firstCommentStatus))
                    .ifPresentOrElse(p -> {
                        change.accept(p);
                        p.updatedAt = clock.instant();
                    }, () -> Log.infof("Outcome of first-comment attempt %s on publication %s arrived after the attempt "
                            + "stopped being current; ignored", claim.attemptId(), claim.id()));
        });
    }
}
