package io.sosmed.analytics.link;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A short link with its UTM set and click counts. */
public record LinkResponse(UUID id, String code, String shortUrl, String destination, String targetUrl, UUID postId,
        String channelId, String campaignId, Map<String, String> utm, Instant createdAt, String createdBy,
        Clicks clicks) {
}
