package io.sosmed.schedule.network;

import java.util.Optional;
import java.util.UUID;

/**
 * Everything schedule-service does on one social network, following that network's documented API. Implementations
 * are {@code @ApplicationScoped} beans found by {@link NetworkConnectors}; every failure is a {@link NetworkException}.
 */
public interface NetworkConnector {

    Network network();

    /** Publishes the variant (and its first comment) and returns the new post. */
    PublishedPost publish(ChannelContext channel, Publication publication);

    /**
     * Looks for a post an earlier attempt may have created (reconciling an UNCONFIRMED outcome): by the idempotency key
     * or attempt marker where the network has one, else by matching text among the account's recent posts.
     */
    Optional<PublishedPost> lookup(ChannelContext channel, Publication publication);

    /**
     * Whether publishing the same {@link Publication#attemptId()} again can never make a second post, because the
     * network answers a repeated request with the post the first one made (Mastodon's {@code Idempotency-Key}). Only
     * then does an UNCONFIRMED attempt that lookups did not find get published again automatically.
     */
    default boolean deduplicatesRepeatedAttempts() {
        return false;
    }

    /**
     * Posts the first comment (thread reply or comment) of a post that is already published, through the same documented
     * call {@link #publish} makes for it, and never publishes the post again. {@code attemptId} is sent as the
     * idempotency key where the network has one (Mastodon's {@code Idempotency-Key}). Networks without first comments
     * refuse permanently.
     */
    default PublishedPost commentOnPublished(ChannelContext channel, String postExternalId, String text, UUID attemptId) {
        throw NetworkException.permanent(network(), "first_comment_unsupported",
                "Sosmed cannot add a first comment on " + network() + "; add it by hand.");
    }

    void delete(ChannelContext channel, String externalId);

    /** Counters of one published post. */
    Metrics postMetrics(ChannelContext channel, String externalId);

    /** Account-level counters (followers at least). */
    Metrics accountMetrics(ChannelContext channel);

    /** Comments, mentions and DMs newer than the cursor ({@code null} = start from now, minus what the network keeps). */
    InboxPage inbox(ChannelContext channel, String cursor);

    /** Replies to an item (comment, mention or DM) and returns the reply. */
    PublishedPost reply(ChannelContext channel, String inReplyToExternalId, String text);

    /**
     * Replies with an idempotency key (unique per send attempt): networks that support one (Mastodon's
     * {@code Idempotency-Key}) send it, so a repeated request answers with the first reply instead of a second one.
     */
    default PublishedPost reply(ChannelContext channel, String inReplyToExternalId, String text, UUID idempotencyKey) {
        return reply(channel, inReplyToExternalId, text);
    }
}
