package io.sosmed.schedule.scheduling;

import com.fasterxml.jackson.databind.JsonNode;
import io.sosmed.testing.kafka.KafkaTestClient;
import java.util.UUID;

/** Shared event assertions for tests in other packages. */
public final class ScheduleApiTestSupport {

    private ScheduleApiTestSupport() {
    }

    public static JsonNode awaitEvent(KafkaTestClient.TopicReader reader, UUID postId, String type) {
        return ScheduleApiTest.awaitEvent(reader, postId, type);
    }
}
