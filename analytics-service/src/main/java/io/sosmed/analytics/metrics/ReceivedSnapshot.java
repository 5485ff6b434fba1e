package io.sosmed.analytics.metrics;

/** A {@code metrics.collected} snapshot with the workspace its event belongs to. */
public record ReceivedSnapshot(String workspaceId, MetricsCollected snapshot) {

    Counters counters() {
        return snapshot.metrics() == null
                ? new Counters(null, null, null, null, null, null, null, null, null) : snapshot.metrics();
    }

    boolean ofVariant() {
        return snapshot.postId() != null;
    }
}
