package io.sosmed.analytics.metrics;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.sosmed.platform.event.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Adds {@code sosmed.metrics.collected.v1} snapshots to their series, once each, a Kafka batch (up to
 * {@code max.poll.records}) at a time; each record is acknowledged on its own, so a poison message goes to the
 * dead-letter topic while the others of its batch are kept.
 */
@ApplicationScoped
public class MetricsConsumer {

    private final MetricsIngest ingest;

    public MetricsConsumer(MetricsIngest ingest) {
        this.ingest = ingest;
    }

    @Incoming(Topics.ENGAGEMENT_METRICS)
    @Blocking
    public CompletionStage<Void> receive(KafkaRecordBatch<String, String> batch) {
        List<KafkaRecord<String, String>> records = batch.getRecords();
        List<RuntimeException> failures = ingest.ingest(records.stream().map(Message::getPayload).toList());
        CompletableFuture<?>[] outcomes = new CompletableFuture<?>[records.size()];
        for (int i = 0; i < records.size(); i++) {
            KafkaRecord<String, String> record = records.get(i);
            outcomes[i] = (failures.get(i) == null ? record.ack() : record.nack(failures.get(i))).toCompletableFuture();
        }
        return CompletableFuture.allOf(outcomes);
    }
}
