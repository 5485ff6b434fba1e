package io.sosmed.platform.outbox;

import io.sosmed.platform.event.CloudEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Sends outbox rows to Kafka with an idempotent, acks=all producer, keyed by aggregate id. */
@ApplicationScoped
public class KafkaEventSender {

    private final String bootstrapServers;
    private final OutboxConfig config;
    private KafkaProducer<String, String> producer;

    public KafkaEventSender(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            OutboxConfig config) {
        this.bootstrapServers = bootstrapServers;
        this.config = config;
    }

    /**
     * Sends the events in order and returns how many of them, from the first, Kafka acknowledged;
     * the rest stay in the outbox for the next round.
     */
    public int send(List<OutboxEvent> events) {
        KafkaProducer<String, String> kafka = producer();
        List<Future<RecordMetadata>> acks = new ArrayList<>(events.size());
        try {
            for (OutboxEvent event : events) {
                ProducerRecord<String, String> record =
                        new ProducerRecord<>(event.topic, event.aggregateId, event.payload);
                record.headers().add("content-type", CloudEvent.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
                acks.add(kafka.send(record));
            }
        } catch (RuntimeException e) {
            // send() throws when metadata cannot be fetched in max.block.ms: the broker is unreachable.
        }
        int delivered = 0;
        for (Future<RecordMetadata> ack : acks) {
            try {
                ack.get();
                delivered++;
            } catch (ExecutionException e) {
                break;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return delivered;
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            int timeoutMs = (int) config.deliveryTimeout().toMillis();
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
            props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
            props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.min(timeoutMs, 5_000));
            props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(timeoutMs, 5_000));
            props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Math.max(timeoutMs, 5_005));
            props.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay" + config.source().replace('/', '-'));
            producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(5));
        }
    }
}
