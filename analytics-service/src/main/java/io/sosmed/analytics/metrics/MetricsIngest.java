package io.sosmed.analytics.metrics;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.sosmed.analytics.besttime.BestTimeRefresh;
import io.sosmed.analytics.consumer.CloudEventPayloads;
import io.sosmed.analytics.consumer.ProcessedEventBatch;
import io.sosmed.platform.consumer.IdempotentConsumer;
import io.sosmed.platform.consumer.InboundEvent;
import io.sosmed.platform.consumer.PoisonMessageException;
import io.sosmed.platform.event.EventType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Stores a batch of {@code engagement-metrics} messages in one transaction: the batch's event ids are claimed in one
 * statement (each event applied at most once, as by the platform's idempotent consumer), their snapshots inserted
 * with multi-row statements. Messages that can never be processed are singled out before; if the batch still fails,
 * its messages are applied one by one through {@link IdempotentConsumer} (with its retries) so only the failing ones
 * are dead-lettered.
 */
@ApplicationScoped
public class MetricsIngest {

    static final String CONSUMER = "analytics-service.engagement-metrics";

    private final CloudEventPayloads payloads;
    private final ProcessedEventBatch claims;
    private final IdempotentConsumer consumer;
    private final MetricSeries series;
    private final BestTimeRefresh bestTimes;

    public MetricsIngest(CloudEventPayloads payloads, ProcessedEventBatch claims, IdempotentConsumer consumer,
            MetricSeries series, BestTimeRefresh bestTimes) {
        this.payloads = payloads;
        this.claims = claims;
        this.consumer = consumer;
        this.series = series;
        this.bestTimes = bestTimes;
    }

    /** A parsed message: the event and, for {@code metrics.collected}, its snapshot (null for other types). */
    private record Received(int index, InboundEvent event, ReceivedSnapshot snapshot) {
    }

    /**
     * Applies the messages of a batch.
     *
     * @return per message, in order: null when it was applied (or was a duplicate, or of a type this consumer
     *         ignores), else the failure for which it goes to the dead-letter topic
     */
    public List<RuntimeException> ingest(List<String> messages) {
        List<RuntimeException> failures = new ArrayList<>(Collections.nCopies(messages.size(), null));
        List<Received> received = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            try {
                InboundEvent event = payloads.parse(messages.get(i));
                received.add(new Received(i, event, snapshot(event)));
            } catch (PoisonMessageException e) {
                Log.errorf("Consumer %s cannot process message %d of a batch: %s; sending it to the dead-letter topic",
                        CONSUMER, i, e.getMessage());
                failures.set(i, e);
            }
        }
        if (received.isEmpty()) {
            return failures;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> applyBatch(received));
        } catch (RuntimeException e) {
            Log.warnf("Consumer %s could not store a batch of %d events (%s); applying them one by one", CONSUMER,
                    received.size(), e.getMessage());
            for (Received r : received) {
                try {
                    consumer.handle(CONSUMER, messages.get(r.index()), event -> store(List.of(snapshot(event))));
                } catch (RuntimeException failure) {
                    failures.set(r.index(), failure);
                }
            }
        }
        return failures;
    }

    private void applyBatch(List<Received> received) {
        Set<String> claimed = new java.util.HashSet<>(claims.claim(CONSUMER,
                received.stream().map(Received::event).toList()));
        List<ReceivedSnapshot> fresh = new ArrayList<>();
        for (Received r : received) {
            if (claimed.remove(r.event().id()) && r.snapshot() != null) {
                fresh.add(r.snapshot());
            }
        }
        store(fresh);
    }

    private void store(List<ReceivedSnapshot> snapshots) {
        SortedMap<String, String> staleChannels = new TreeMap<>();
        for (ReceivedSnapshot stored : series.recordAll(snapshots.stream().filter(s -> s != null).toList())) {
            if (stored.ofVariant()) {
                staleChannels.put(stored.snapshot().channelId(), stored.workspaceId());
            }
        }
        bestTimes.markStale(staleChannels);
    }

    /** The snapshot of a {@code metrics.collected} event, null for other types (which this consumer ignores). */
    private static ReceivedSnapshot snapshot(InboundEvent event) {
        if (!EventType.METRICS_COLLECTED.type().equals(event.type())) {
            return null;
        }
        MetricsCollected snapshot = event.data(MetricsCollected.class);
        if (snapshot == null || snapshot.channelId() == null || snapshot.network() == null
                || snapshot.collectedAt() == null) {
            throw new PoisonMessageException(
                    "metrics.collected " + event.id() + " lacks channelId, network or collectedAt");
        }
        return new ReceivedSnapshot(event.workspaceId(), snapshot);
    }
}
