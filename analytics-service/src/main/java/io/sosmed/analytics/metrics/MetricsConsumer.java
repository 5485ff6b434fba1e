package io.sosmed.analytics.metrics;

import io.smallrye.common.annotation.Blocking;
import io.sosmed.analytics.besttime.BestTimeRefresh;
import io.sosmed.platform.consumer.IdempotentConsumer;
import io.sosmed.platform.consumer.InboundEvent;
import io.sosmed.platform.event.EventType;
import io.sosmed.platform.event.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Adds {@code sosmed.metrics.collected.v1} snapshots to their series, once each. */
@ApplicationScoped
public class MetricsConsumer {

    static final String CONSUMER = "analytics-service.engagement-metrics";

    private final IdempotentConsumer consumer;
    private final MetricSeries series;
    private final BestTimeRefresh bestTimes;

    public MetricsConsumer(IdempotentConsumer consumer, MetricSeries series, BestTimeRefresh bestTimes) {
        this.consumer = consumer;
        this.series = series;
        this.bestTimes = bestTimes;
    }

    @Incoming(Topics.ENGAGEMENT_METRICS)
    @Blocking
    public void receive(String message) {
        consumer.handle(CONSUMER, message, this::apply);
    }

    private void apply(InboundEvent event) {
        if (!EventType.METRICS_COLLECTED.type().equals(event.type())) {
            return;
        }
        MetricsCollected snapshot = event.data(MetricsCollected.class);
        if (snapshot.channelId() == null || snapshot.network() == null || snapshot.collectedAt() == null) {
            throw new io.sosmed.platform.consumer.PoisonMessageException(
                    "metrics.collected " + event.id() + " lacks channelId, network or collectedAt");
        }
        if (series.record(event.workspaceId(), snapshot) && snapshot.postId() != null) {
            bestTimes.markStale(event.workspaceId(), snapshot.channelId());
        }
    }
}
