package io.sosmed.analytics.report;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One published variant with its latest metrics (null counters before any snapshot arrived). */
public record PublishedVariant(UUID postId, String channelId, String network, String title, String campaignId,
        String pillar, List<String> tags, Instant publishedAt, Long impressions, long engagements, Long linkClicks,
        Long rateDenominator, Double engagementRate, String text, String link, int mediaCount, String mediaType) {
}
