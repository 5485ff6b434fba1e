package io.sosmed.analytics.metrics;

import java.time.Instant;
import java.util.List;

/** A channel's follower series in a window and how it grew. */
public record ChannelMetricsResponse(String channelId, String network, String zone, Instant from, Instant to,
        Long followers, Long followersAtStart, Long growth, Double growthRate, List<FollowerPoint> history) {

    /** Followers at one moment. */
    public record FollowerPoint(Instant collectedAt, long followers) {
    }
}
