package io.sosmed.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads {@code sosmed.post.published.v1} events of a set of posts off {@code post-lifecycle}, as content-service would. */
final class PublishedEvents implements AutoCloseable {

    /** One variant's publication as the event reports it. */
    record Published(String postId, String channelId, Instant scheduledAt, Instant publishedAt) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaConsumer<String, String> consumer;

    PublishedEvents(String bootstrapServers) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumer = new KafkaConsumer<>(config);
        consumer.subscribe(List.of("post-lifecycle"));
    }

    /**
     * Collects published events of the given posts until {@code expected} distinct variants were seen or the timeout
     * passed; every event is returned, so a duplicate publication shows as two events of one variant.
     */
    List<Published> collect(Set<String> postIds, int expected, Duration timeout) throws Exception {
        List<Published> seen = new ArrayList<>();
        Map<String, Integer> perVariant = new HashMap<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (perVariant.size() < expected && System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                JsonNode event = JSON.readTree(record.value());
                JsonNode data = event.path("data");
                if (!"sosmed.post.published.v1".equals(event.path("type").asText())
                        || !postIds.contains(data.path("postId").asText())) {
                    continue;
                }
                Published published = new Published(data.path("postId").asText(), data.path("channelId").asText(),
                        data.hasNonNull("scheduledAt") ? Instant.parse(data.path("scheduledAt").asText()) : null,
                        Instant.parse(data.path("publishedAt").asText()));
                seen.add(published);
                perVariant.merge(published.postId() + "/" + published.channelId(), 1, Integer::sum);
            }
        }
        return seen;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
