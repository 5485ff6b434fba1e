package io.sosmed.analytics.metrics;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A post's metrics per channel it went out on: the latest point and the whole series. */
public record PostMetricsResponse(UUID postId, List<ChannelSeries> channels) {

    /** One published variant's series. */
    public record ChannelSeries(String channelId, String network, String externalId, Instant publishedAt,
            MetricPoint latest, List<MetricPoint> history) {
    }
}
