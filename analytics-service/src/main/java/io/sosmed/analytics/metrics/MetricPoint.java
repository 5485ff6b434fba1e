package io.sosmed.analytics.metrics;

import java.time.Instant;

/** One point of a metric series as the API shows it; rateBasis names the engagement rate's denominator. */
public record MetricPoint(Instant collectedAt, Long impressions, Long reach, Long likes, Long comments, Long shares,
        Long saves, Long linkClicks, Long videoViews, Long followers, long engagements, String rateBasis,
        Long rateDenominator, Double engagementRate) {
}
