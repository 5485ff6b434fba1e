package io.sosmed.analytics.besttime;

import java.time.Instant;
import java.util.List;

/**
 * A channel's hour-of-week heatmap in its zone. {@code source} NETWORK says the channel has fewer than
 * {@code minSamples} measured posts, so network-level data stand in.
 */
public record BestTimesResponse(String channelId, String network, String zone, BestTimeSource source,
        Instant computedAt, int minSamples, int channelSamples, int networkSamples, List<Slot> best, List<Slot> slots) {
}
