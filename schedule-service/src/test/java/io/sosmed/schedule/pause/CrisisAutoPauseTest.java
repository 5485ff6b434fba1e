package io.sosmed.schedule.pause;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.sosmed.platform.consumer.ProcessedEvents;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sosmed.platform.event.EventSchemas;
import io.sosmed.platform.event.Topics;
import io.sosmed.testing.KafkaTestResource;
import io.sosmed.testing.kafka.KafkaTestClient;
import io.sosmed.testing.oidc.DemoUser;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CrisisAutoPauseTest {

    private static final String GLOBEX = "/api/v1/workspaces/globex";

    @Inject
    ProcessedEvents processed;

    @Test
    void crisisPausesTheWorkspaceOnlyWhenItsPolicySaysSo() throws Exception {
        given().auth().oauth2(DemoUser.OSCAR.token()).get(GLOBEX + "/crisis-policy").then().statusCode(200)
                .body("autoPause", equalTo(false));
        String ignored = sendCrisis();
        await().atMost(Duration.ofSeconds(30)).until(() -> processed.count(CrisisConsumer.CONSUMER, ignored) == 1);
        given().auth().oauth2(DemoUser.OSCAR.token()).get(GLOBEX + "/pause").then().statusCode(200)
                .body("workspacePaused", equalTo(false));

        given().auth().oauth2(DemoUser.OSCAR.token()).contentType(ContentType.JSON).body(Map.of())
                .put(GLOBEX + "/crisis-policy").then().statusCode(400).body("errors[0].field", equalTo("autoPause"));
        given().auth().oauth2(DemoUser.ALICE.token()).contentType(ContentType.JSON).body(Map.of("autoPause", true))
                .put(GLOBEX + "/crisis-policy").then().statusCode(404);
        given().auth().oauth2(DemoUser.OSCAR.token()).contentType(ContentType.JSON).body(Map.of("autoPause", true))
                .put(GLOBEX + "/crisis-policy").then().statusCode(200).body("autoPause", equalTo(true))
                .body("updatedBy", equalTo(DemoUser.OSCAR.subject()));

        try (KafkaTestClient.TopicReader workspaceEvents = kafka().read(Topics.WORKSPACE_EVENTS)) {
            sendCrisis();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(DemoUser.OSCAR.token())
                    .get(GLOBEX + "/pause").then().statusCode(200)
                    .body("workspacePaused", equalTo(true))
                    .body("pauses[0].trigger", equalTo("CRISIS")));
            await().atMost(Duration.ofSeconds(30)).until(() -> workspaceEvents.poll().stream()
                    .anyMatch(r -> r.value().contains("sosmed.publishing.paused.v1") && r.value().contains("\"CRISIS\"")
                            && r.value().contains("\"workspaceid\":\"globex\"")));
            String paused = workspaceEvents.poll().stream().map(r -> r.value())
                    .filter(v -> v.contains("sosmed.publishing.paused.v1") && v.contains("\"workspaceid\":\"globex\""))
                    .findFirst().orElseThrow();
            assertThat(EventSchemas.violations(new ObjectMapper().readTree(paused))).isEmpty();
        }
        given().auth().oauth2(DemoUser.OSCAR.token()).contentType(ContentType.JSON).body(Map.of("missed", "skip"))
                .post(GLOBEX + "/resume").then().statusCode(200).body("state.workspacePaused", equalTo(false));
        given().auth().oauth2(DemoUser.OSCAR.token()).contentType(ContentType.JSON).body(Map.of("autoPause", false))
                .put(GLOBEX + "/crisis-policy").then().statusCode(200);
        assertThat(processed.count(CrisisConsumer.CONSUMER, ignored)).isEqualTo(1);
    }

    @Test
    void eventsOfOtherTypesOnTheTopicAreSkippedWithoutBeingClaimed() {
        String otherType = UUID.randomUUID().toString();
        kafka().sendCloudEvent(Topics.WORKSPACE_EVENTS, "globex", """
                {"specversion":"1.0","id":"%s","source":"/sosmed/content-service","type":"sosmed.campaign.saved.v1",
                 "subject":"campaign-1","time":"%s","datacontenttype":"application/json","workspaceid":"globex",
                 "data":{}}""".formatted(otherType, Instant.now()));
        // Same key, same partition: once the crisis sent after it is claimed, the campaign event was read before.
        String crisis = sendCrisis();

        await().atMost(Duration.ofSeconds(30)).until(() -> processed.count(CrisisConsumer.CONSUMER, crisis) == 1);
        assertThat(processed.count(CrisisConsumer.CONSUMER, otherType)).isZero();
    }

    private static String sendCrisis() {
        String id = UUID.randomUUID().toString();
        Instant now = Instant.now();
        kafka().sendCloudEvent(Topics.WORKSPACE_EVENTS, "globex", """
                {"specversion":"1.0","id":"%s","source":"/sosmed/community-service","type":"sosmed.crisis.detected.v1",
                 "subject":"globex","time":"%s","datacontenttype":"application/json",
                 "dataschema":"urn:sosmed:event-schema:sosmed.crisis.detected.v1","workspaceid":"globex",
                 "data":{"crisisId":"%s","detectedAt":"%s","windowStart":"%s","windowEnd":"%s","negativeCount":87,
                         "baselineMean":4.2,"baselineStdDev":1.5,"threshold":12.0,"topTerms":["recall","refund"],
                         "sampleItemIds":[],"autoPause":true}}"""
                .formatted(id, now, UUID.randomUUID(), now, now.minusSeconds(3600), now));
        return id;
    }

    private static KafkaTestClient kafka() {
        return new KafkaTestClient(KafkaTestResource.bootstrapServers());
    }
}
