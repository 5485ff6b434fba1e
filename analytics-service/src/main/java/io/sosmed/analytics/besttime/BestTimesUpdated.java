package io.sosmed.analytics.besttime;

import java.time.Instant;
import java.util.List;

/** Data of {@code sosmed.best-times.updated.v1}. */
public record BestTimesUpdated(String channelId, String network, String zone, Instant computedAt,
        BestTimeSource source, List<Slot> slots) {
}
