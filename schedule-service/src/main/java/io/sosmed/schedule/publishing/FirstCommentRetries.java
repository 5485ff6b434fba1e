package io.sosmed.schedule.publishing;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.sosmed.schedule.network.AppRateBudgets;
import io.sosmed.schedule.network.ChannelContext;
import io.sosmed.schedule.network.ChannelDirectory;
import io.sosmed.schedule.network.ChannelStatus;
import io.sosmed.schedule.network.ChannelSummary;
import io.sosmed.schedule.network.FailureKind;
import io.sosmed.schedule.network.NetworkConnector;
import io.sosmed.schedule.network.NetworkConnectors;
import io.sosmed.schedule.network.NetworkException;
import io.sosmed.schedule.network.PublishedPost;
import io.sosmed.schedule.post.PostVariant;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Retries first comments that failed retryably after their post was published: each due comment is claimed
 * ({@link FirstCommentOutcomes#claimDue}), posted on the existing post with
 * {@link NetworkConnector#commentOnPublished} (the post is never published again) and its outcome recorded. Backoff is
 * exponential with jitter and never sooner than the network's Retry-After; a channel the network rate-limited, or a
 * paused one, is not claimed; a call the app's budget held does not spend an attempt; an unknown outcome is UNCONFIRMED
 * and never sent again blindly.
 */
@ApplicationScoped
public class FirstCommentRetries {

    private final FirstCommentOutcomes outcomes;
    private final PublicationBuilder builder;
    private final PublishingChannels channels;
    private final ChannelDirectory directory;
    private final NetworkConnectors connectors;
    private final PublishingConfig config;
    private final RetryBackoff backoff;
    private final Clock clock;

    public FirstCommentRetries(FirstCommentOutcomes outcomes, PublicationBuilder builder, PublishingChannels channels,
            ChannelDirectory directory, NetworkConnectors connectors, PublishingConfig config, Clock clock) {
        this.directory = directory;
        this.outcomes = outcomes;
        this.builder = builder;
        this.channels = channels;
        this.connectors = connectors;
        this.config = config;
        this.clock = clock;
        this.backoff = RetryBackoff.withJitter(config);
    }

    /** Recovers stale claims, then sends every first comment due now; returns how many were attempted. */
    public int runDue() {
        outcomes.recoverStale(config.publishTimeout());
        int attempted = 0;
        List<FirstCommentClaim> claimed;
        do {
            claimed = outcomes.claimDue(clock.instant(), config.batchSize());
            if (claimed.isEmpty()) {
                break;
            }
            Map<UUID, List<PostVariant>> variants = builder.variantsOf(claimed, FirstCommentClaim::workspaceId,
                    FirstCommentClaim::postId);
            claimed.forEach(claim -> send(claim, variants));
            attempted += claimed.size();
        } while (claimed.size() == config.batchSize());
        return attempted;
    }

    private void send(FirstCommentClaim claim, Map<UUID, List<PostVariant>> variants) {
        PublishingChannels.Access access = channels.get(claim.workspaceId(), claim.channelId());
        Optional<ChannelSummary> channel = access.summary();
        Optional<NetworkConnector> connector = channel.flatMap(c -> connectors.of(c.network()));
        Optional<ChannelContext> context = access.context();
        if (channel.isEmpty() || channel.get().status() == ChannelStatus.DISCONNECTED || connector.isEmpty()) {
            outcomes.abandoned(claim, "channel_disconnected", "the channel was disconnected; add the comment by hand");
            return;
        }
        if (channel.get().status() != ChannelStatus.ACTIVE || context.isEmpty()) {
            outcomes.waitForChannel(claim, clock.instant().plus(config.maxBackoff()),
                    "the channel " + channel.get().handle() + " needs reconnecting");
            return;
        }
        Optional<String> text = firstComment(claim, variants);
        if (text.isEmpty()) {
            outcomes.abandoned(claim, "variant_missing", "the post no longer has a first comment for this channel");
            return;
        }
        PublishedPost comment;
        try {
            comment = connector.get().commentOnPublished(context.get(), claim.postExternalId(), text.get(),
                    claim.attemptId());
        } catch (NetworkException e) {
            failed(claim, e);
            return;
        } catch (RuntimeException e) {
            Log.errorf(e, "Connector %s failed unexpectedly on the first comment of publication %s", claim.network(),
                    claim.id());
            failed(claim, NetworkException.unknownOutcome(claim.network(), "The " + claim.network()
                    + " call ended unexpectedly", e));
            return;
        }
        outcomes.sent(claim, comment);
    }

    private void failed(FirstCommentClaim claim, NetworkException e) {
        if (e.kind() == FailureKind.AUTH) {
            channels.invalidate(claim.workspaceId(), claim.channelId());
            outcomes.waitForChannel(claim, clock.instant(), "the channel needs reconnecting (" + e.getMessage() + ")");
            markNeedsReconnect(claim, e);
            return;
        }
        boolean heldByAppBudget = AppRateBudgets.HELD.equals(e.code());
        Instant retryAt = clock.instant().plus(backoff.delay(claim.attempts(), e.retryAfter()));
        outcomes.failed(claim, e, retryAt, config.maxAttempts(), !heldByAppBudget);
    }

    private void markNeedsReconnect(FirstCommentClaim claim, NetworkException e) {
        QuarkusTransaction.requiringNew()
                .run(() -> directory.markNeedsReconnect(claim.workspaceId(), claim.channelId(), e.getMessage()));
    }

    private static Optional<String> firstComment(FirstCommentClaim claim, Map<UUID, List<PostVariant>> variants) {
        return variants.getOrDefault(claim.postId(), List.of()).stream()
                .filter(v -> claim.channelId().equals(v.channelId())).findFirst()
                .map(PostVariant::firstComment).filter(text -> !text.isBlank());
    }
}
