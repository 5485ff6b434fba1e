package io.sosmed.analytics.metrics;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.UUID;

/** The fields of {@code sosmed.metrics.collected.v1} this service reads; postId null means a channel snapshot. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MetricsCollected(String channelId, Network network, UUID postId, String externalId, Instant collectedAt,
        Counters metrics) {
}
