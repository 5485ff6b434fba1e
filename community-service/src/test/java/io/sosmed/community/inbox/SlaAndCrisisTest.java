package io.sosmed.community.inbox;

import static io.restassured.RestAssured.given;
import static io.sosmed.community.inbox.ConversationWorkflowTest.as;
import static io.sosmed.community.inbox.ConversationWorkflowTest.awaitEvent;
import static io.sosmed.community.inbox.InboxFixtures.GLOBEX;
import static io.sosmed.community.inbox.InboxFixtures.ingest;
import static io.sosmed.community.inbox.InboxFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.sosmed.platform.event.EventSchemas;
import io.sosmed.platform.event.Topics;
import io.sosmed.testing.kafka.KafkaTestClient;
import io.sosmed.testing.oidc.DemoUser;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SLA due times, the breach job and filters; crisis detection on a burst of negative items. */
@QuarkusTest
class SlaAndCrisisTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONVERSATIONS = "/api/v1/workspaces/acme/conversations";
    private static final List<String> COMPLAINTS = List.of(
            "pelayanan kalian buruk sekali, saya kecewa",
            "aplikasi error terus, saya sangat kecewa",
            "pengiriman lambat dan pelayanan buruk sekali",
            "sangat mengecewakan, barang rusak dan tidak ada respon",
            "pelayanan buruk, saya tidak akan beli lagi",
            "customer service tidak membantu sama sekali, kecewa berat",
            "produk jelek dan mahal, saya menyesal beli",
            "this is the worst service ever, I am so disappointed");

    @Test
    void breachesAreAnnouncedOnceAndListedWhileAtRiskOnesAreSeparate() {
        String channel = unique("sla");
        as(DemoUser.ALICE).body(Map.of("zone", "Asia/Jakarta", "atRiskMinutes", 30, "targets", List.of(
                        Map.of("priority", "NORMAL", "channelId", channel, "firstResponseMinutes", 60,
                                "resolutionMinutes", 600))))
                .put("/api/v1/workspaces/acme/sla-policy").then().statusCode(200);
        as(DemoUser.ALICE).body(Map.of("zone", "Mars/Olympus", "targets", List.of(Map.of("priority", "NORMAL",
                        "firstResponseMinutes", 0))))
                .put("/api/v1/workspaces/acme/sla-policy").then().statusCode(400);
        as(DemoUser.GABE).body(Map.of("zone", "UTC", "targets", List.of())).put("/api/v1/workspaces/acme/sla-policy")
                .then().statusCode(403);

        try (KafkaTestClient.TopicReader inbox = InboxFixtures.kafka().read(Topics.INBOX_EVENTS)) {
            Instant twoHoursAgo = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MILLIS);
            Map<String, Object> late = InboxFixtures.item("COMMENT", channel, unique("late"), "a", "A", "Anyone?");
            late.put("receivedAt", twoHoursAgo.toString());
            String breached = ingest(late);
            Map<String, Object> soon = InboxFixtures.item("COMMENT", channel, unique("soon"), "b", "B", "Hello?");
            soon.put("receivedAt", Instant.now().minus(Duration.ofMinutes(50)).toString());
            String atRisk = ingest(soon);
            String onTrack = ingest(InboxFixtures.item("COMMENT", channel, unique("fresh"), "c", "C", "Hi"));

            InboxFixtures.conversation(DemoUser.VERA, "acme", breached).then()
                    .body("conversation.firstResponseDueAt", equalTo(twoHoursAgo.plus(Duration.ofHours(1)).toString()));
            JsonNode event = awaitEvent(inbox, "sosmed.conversation.sla-breached.v1", breached);
            assertThat(event.path("data").path("target").asText()).isEqualTo("FIRST_RESPONSE");
            assertThat(event.path("data").path("channelId").asText()).isEqualTo(channel);

            list("breached", channel).body("items.id", hasItem(breached)).body("items.id", not(hasItem(atRisk)))
                    .body("items.id", not(hasItem(onTrack)));
            list("at-risk", channel).body("items.id", hasItem(atRisk)).body("items.id", not(hasItem(breached)))
                    .body("items.id", not(hasItem(onTrack)));
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() ->
                    breachEvents(inbox.poll(), breached) == 1);
        }
    }

    @Test
    void burstOfNegativeItemsRaisesACrisisThatAnAdminClears() {
        as(DemoUser.OSCAR).body(Map.of("zScore", -1)).put("/api/v1/workspaces/globex/crisis-policy").then().statusCode(400);
        as(DemoUser.OSCAR).body(Map.of("autoPause", true, "zScore", 3.0, "minimumCount", 5))
                .put("/api/v1/workspaces/globex/crisis-policy").then().statusCode(200).body("autoPause", equalTo(true));

        try (KafkaTestClient.TopicReader workspace = InboxFixtures.kafka().read(Topics.WORKSPACE_EVENTS)) {
            List<String> itemIds = new ArrayList<>();
            for (String complaint : COMPLAINTS) {
                itemIds.add(InboxFixtures.post(DemoUser.OSCAR, GLOBEX,
                                InboxFixtures.item("MENTION", "x-globex", unique("crisis"), unique("angry"), "Angry", complaint))
                        .then().statusCode(201).extract().path("id"));
            }
            JsonNode detected = await().atMost(Duration.ofSeconds(30)).until(() -> workspace.poll().stream()
                    .map(r -> parse(r.value()))
                    .filter(e -> "sosmed.crisis.detected.v1".equals(e.path("type").asText())
                            && GLOBEX.equals(e.path("workspaceid").asText()))
                    .findFirst(), java.util.Optional::isPresent).orElseThrow();
            assertThat(EventSchemas.violations(detected)).isEmpty();
            JsonNode data = detected.path("data");
            assertThat(data.path("negativeCount").asInt()).isBetween(5, COMPLAINTS.size());
            assertThat(data.path("autoPause").asBoolean()).isTrue();
            assertThat(data.path("baselineMean").asDouble()).isZero();
            assertThat(itemIds).containsAll(textList(data.path("sampleItemIds")));
            assertThat(textList(data.path("topTerms"))).contains("kecewa");
            String crisisId = data.path("crisisId").asText();

            given().auth().oauth2(DemoUser.OSCAR.token()).when().get("/api/v1/workspaces/globex/crisis")
                    .then().statusCode(200).body("current.id", equalTo(crisisId)).body("history[0].id", equalTo(crisisId));
            given().auth().oauth2(DemoUser.GABE.token()).when().get("/api/v1/workspaces/globex/crisis")
                    .then().statusCode(404);
            as(DemoUser.OSCAR).body(Map.of("note", "False alarm: one angry customer")).post(
                    "/api/v1/workspaces/globex/crisis/" + crisisId + "/clear").then().statusCode(200)
                    .body("status", equalTo("CLEARED")).body("clearedBy", equalTo("user-oscar"));
            as(DemoUser.OSCAR).body(Map.of()).post("/api/v1/workspaces/globex/crisis/" + crisisId + "/clear")
                    .then().statusCode(409);
            JsonNode cleared = awaitEvent(workspace, "sosmed.crisis.cleared.v1", crisisId);
            assertThat(cleared.path("data").path("note").asText()).isEqualTo("False alarm: one angry customer");
        }
        given().auth().oauth2(DemoUser.OSCAR.token()).when().get("/api/v1/workspaces/globex/crisis")
                .then().statusCode(200).body("current", equalTo(null));
    }

    private static io.restassured.response.ValidatableResponse list(String sla, String channel) {
        return given().auth().oauth2(DemoUser.VERA.token()).queryParam("sla", sla).queryParam("channelId", channel)
                .when().get(CONVERSATIONS).then().statusCode(200);
    }

    private static long breachEvents(List<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> records,
            String conversationId) {
        return records.stream().map(r -> parse(r.value()))
                .filter(e -> "sosmed.conversation.sla-breached.v1".equals(e.path("type").asText())
                        && conversationId.equals(e.path("subject").asText())
                        && "FIRST_RESPONSE".equals(e.path("data").path("target").asText()))
                .count();
    }

    private static List<String> textList(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            return JSON.createObjectNode();
        }
    }
}
