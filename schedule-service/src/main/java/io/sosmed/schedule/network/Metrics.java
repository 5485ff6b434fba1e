package io.sosmed.schedule.network;

/**
 * Counters a network reports for a post or an account; {@code null} where the network does not report one. Field
 * names match the {@code metrics} object of {@code sosmed.metrics.collected.v1}.
 */
public record Metrics(
        Long impressions,
        Long reach,
        Long likes,
        Long comments,
        Long shares,
        Long saves,
        Long linkClicks,
        Long videoViews,
        Long followers) {
}
