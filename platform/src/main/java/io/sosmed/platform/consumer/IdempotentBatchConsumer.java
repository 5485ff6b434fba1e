package io.sosmed.platform.consumer;

import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.sosmed.platform.event.EventType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * A Kafka poll at a time for a consumer of a shared, high-volume topic that applies only some of its types (a channel
 * with {@code batch=true}): one hand-over per poll instead of one per record, and records of other types are skipped
 * by {@link IdempotentConsumer#handle(String, String, Set, Consumer)} without a transaction. Each record is applied on
 * its own as that method applies it (retries included); one that cannot be goes alone to the channel's failure
 * strategy, and the batch is acknowledged once those records are settled.
 */
@ApplicationScoped
public class IdempotentBatchConsumer {

    private final IdempotentConsumer consumer;

    public IdempotentBatchConsumer(IdempotentConsumer consumer) {
        this.consumer = consumer;
    }

    /** Applies the batch's events of {@code types} in order; completes when the batch is acknowledged. */
    public CompletionStage<Void> handle(String consumerName, KafkaRecordBatch<String, String> batch,
            Set<EventType> types, Consumer<InboundEvent> effect) {
        Map<Integer, RuntimeException> rejected = new TreeMap<>();
        List<KafkaRecord<String, String>> records = batch.getRecords();
        for (int i = 0; i < records.size(); i++) {
            try {
                consumer.handle(consumerName, records.get(i).getPayload(), types, effect);
            } catch (RuntimeException e) {
                rejected.put(i, e);
            }
        }
        return settle(batch, rejected);
    }

    /**
     * Hands the records that could not be applied (by position in the batch, with the reason) to the channel's failure
     * strategy, then acknowledges the batch. While the service stops, the strategy leaves a failed record
     * unacknowledged ({@link DeadLetterUnlessStopping}), so the batch is not acknowledged and is delivered again.
     */
    public static CompletionStage<Void> settle(KafkaRecordBatch<String, String> batch,
            Map<Integer, RuntimeException> rejected) {
        List<KafkaRecord<String, String>> records = batch.getRecords();
        CompletableFuture<?>[] failures = rejected.entrySet().stream()
                .map(e -> records.get(e.getKey()).nack(e.getValue()).toCompletableFuture())
                .toArray(CompletableFuture[]::new);
        return CompletableFuture.allOf(failures).thenCompose(settled -> batch.ack());
    }
}
