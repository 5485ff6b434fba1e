package io.sosmed.bench;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Sends events to a topic at a steady target rate (as a network gateway or an integration would), acks=all. */
final class PacedProducer implements AutoCloseable {

    /** A message: key and CloudEvents JSON value. */
    record Message(String key, String value) {
    }

    private final KafkaProducer<String, String> producer;
    private final String topic;

    PacedProducer(String bootstrapServers, String topic) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        this.producer = new KafkaProducer<>(config);
        this.topic = topic;
    }

    /**
     * Sends {@code count} messages made by {@code message} at {@code perSecond}, waiting for every acknowledgement.
     * The messages are made before the clock starts, so making them takes no CPU from the stack while it is measured.
     *
     * @return how long sending took
     */
    Duration send(int count, int perSecond, IntFunction<Message> message) {
        Message[] messages = IntStream.range(0, count).mapToObj(message).toArray(Message[]::new);
        AtomicLong failures = new AtomicLong();
        long start = System.nanoTime();
        long nanosPerMessage = 1_000_000_000L / perSecond;
        for (int i = 0; i < count; i++) {
            long due = start + i * nanosPerMessage;
            long wait = due - System.nanoTime();
            if (wait > 1_000_000) {
                sleepNanos(wait);
            }
            Message m = messages[i];
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, m.key(), m.value());
            record.headers().add("content-type", "application/cloudevents+json".getBytes());
            producer.send(record, (metadata, error) -> {
                if (error != null) {
                    failures.incrementAndGet();
                }
            });
        }
        producer.flush();
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " of " + count + " messages were not acknowledged");
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static void sleepNanos(long nanos) {
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
