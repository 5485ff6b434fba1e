package io.sosmed.content.pillar;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.sosmed.platform.event.EventSchemas;
import io.sosmed.platform.event.Topics;
import io.sosmed.testing.KafkaTestResource;
import io.sosmed.testing.kafka.KafkaTestClient;
import io.sosmed.testing.oidc.DemoUser;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every change of a workspace's pillars or target mix is announced as schema-valid {@code sosmed.pillars.saved.v1}. */
@QuarkusTest
class PillarEventsTest {

    private static final String GLOBEX_PILLARS = "/api/v1/workspaces/globex/pillars";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void eachChangeEmitsTheWholeSetWithConsecutiveVersionsAndRefusedChangesEmitNothing() {
        KafkaTestClient kafka = new KafkaTestClient(KafkaTestResource.bootstrapServers());
        try (KafkaTestClient.TopicReader reader = kafka.read(Topics.WORKSPACE_EVENTS)) {
            String key = "stories-" + UUID.randomUUID().toString().substring(0, 8);
            given().auth().oauth2(DemoUser.OSCAR.token()).contentType(ContentType.JSON)
                    .body("{\"key\":\"%s\",\"name\":\"Stories\"}".formatted(key)).post(GLOBEX_PILLARS).then().statusCode(201);
            given().auth().oauth2(DemoUser.OSCAR.token()).contentType(ContentType.JSON)
                    .body("{\"targets\":[{\"pillar\":\"education\",\"percent\":40},{\"pillar\":\"%s\",\"percent\":50}]}".formatted(key))
                    .put(GLOBEX_PILLARS + "/targets").then().statusCode(422);
            given().auth().oauth2(DemoUser.OSCAR.token()).contentType(ContentType.JSON)
                    .body("{\"targets\":[{\"pillar\":\"education\",\"percent\":40},{\"pillar\":\"%s\",\"percent\":60}]}".formatted(key))
                    .put(GLOBEX_PILLARS + "/targets").then().statusCode(200);
            given().auth().oauth2(DemoUser.OSCAR.token()).contentType(ContentType.JSON)
                    .body("{\"name\":\"Customer stories\"}").put(GLOBEX_PILLARS + "/" + key).then().statusCode(200);

            List<JsonNode> events = await().atMost(Duration.ofSeconds(20)).until(
                    () -> reader.poll().stream().filter(r -> "globex".equals(r.key())).map(r -> read(r.value()))
                            .filter(e -> "sosmed.pillars.saved.v1".equals(e.path("type").asText()))
                            .filter(e -> e.at("/data/pillars").findValuesAsText("key").contains(key)).toList(),
                    found -> found.size() >= 3);

            assertThat(events).hasSize(3).allSatisfy(e -> {
                assertThat(EventSchemas.violations(e)).isEmpty();
                assertThat(e.path("subject").asText()).isEqualTo("globex");
                assertThat(e.path("workspaceid").asText()).isEqualTo("globex");
            });
            long first = events.get(0).at("/data/version").asLong();
            assertThat(events).extracting(e -> e.at("/data/version").asLong()).containsExactly(first, first + 1, first + 2);
            assertThat(pillar(events.get(0), key).path("targetPercent").isNull()).isTrue();
            JsonNode last = events.get(2);
            assertThat(pillar(last, key).path("name").asText()).isEqualTo("Customer stories");
            assertThat(pillar(last, key).path("targetPercent").asInt()).isEqualTo(60);
            assertThat(pillar(last, "education").path("targetPercent").asInt()).isEqualTo(40);
            assertThat(pillar(last, "product").path("targetPercent").isNull()).isTrue();
        }
    }

    private static JsonNode pillar(JsonNode event, String key) {
        for (JsonNode pillar : event.at("/data/pillars")) {
            if (key.equals(pillar.path("key").asText())) {
                return pillar;
            }
        }
        throw new AssertionError("no pillar " + key + " in " + event);
    }

    private static JsonNode read(String value) {
        try {
            return JSON.readTree(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
