package io.sosmed.schedule.network;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One variant to publish on one channel.
 *
 * @param attemptId    unique per publish attempt of this variant on this channel; connectors send it as the network's
 *                     idempotency key where one exists (Mastodon {@code Idempotency-Key}) and may embed it where the
 *                     network lets them, so {@link NetworkConnector#lookup} can reconcile an unconfirmed attempt
 * @param firstComment posted as a reply to the new post right after it (X/Threads/Bluesky/Mastodon: a thread reply;
 *                     LinkedIn/Facebook/Instagram: a comment); {@code null} for none
 * @param options      network-specific options from the variant, e.g. {@code visibility}, {@code postType}, {@code board}
 */
public record Publication(
        UUID attemptId,
        UUID postId,
        String text,
        List<MediaItem> media,
        String link,
        String firstComment,
        Map<String, Object> options) {

    public Publication {
        media = media == null ? List.of() : List.copyOf(media);
        options = options == null ? Map.of() : Map.copyOf(options);
    }

    public String option(String name) {
        Object value = options.get(name);
        return value == null ? null : value.toString();
    }
}
