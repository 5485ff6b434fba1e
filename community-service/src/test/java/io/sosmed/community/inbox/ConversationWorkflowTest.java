package io.sosmed.community.inbox;

import static io.restassured.RestAssured.given;
import static io.sosmed.community.inbox.InboxFixtures.ACME;
import static io.sosmed.community.inbox.InboxFixtures.comment;
import static io.sosmed.community.inbox.InboxFixtures.conversation;
import static io.sosmed.community.inbox.InboxFixtures.ingest;
import static io.sosmed.community.inbox.InboxFixtures.unique;
import static io.sosmed.community.inbox.InboxFixtures.version;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.sosmed.platform.event.EventSchemas;
import io.sosmed.platform.event.Topics;
import io.sosmed.testing.kafka.KafkaTestClient;
import io.sosmed.testing.oidc.DemoUser;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Agents at work: assignment, replies with the collision guard, status, notes, saved replies, routing, listening. */
@QuarkusTest
class ConversationWorkflowTest {

    private static final Duration DELIVERY = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void gabeAssignsRepliesAndClosesWhileVeraCannot() throws Exception {
        String id = ingest(comment(unique("gabe"), "My invoice is wrong"));
        try (KafkaTestClient.TopicReader inbox = InboxFixtures.kafka().read(Topics.INBOX_EVENTS)) {
            as(DemoUser.VERA).body(Map.of("assigneeId", "user-vera")).post(path(id, "/assign")).then().statusCode(403)
                    .contentType("application/problem+json");
            as(DemoUser.VERA).body(Map.of("text", "hi", "expectedVersion", version(id))).post(path(id, "/replies"))
                    .then().statusCode(403);
            as(DemoUser.VERA).body(Map.of("status", "CLOSED")).put(path(id, "/status")).then().statusCode(403);

            as(DemoUser.GABE).body(Map.of("assigneeId", DemoUser.GABE.subject())).post(path(id, "/assign"))
                    .then().statusCode(200).body("assigneeId", equalTo("user-gabe"));
            String replyId = as(DemoUser.GABE).body(Map.of("text", "Sorry! We fixed it.", "expectedVersion", version(id)))
                    .post(path(id, "/replies")).then().statusCode(202)
                    .body("status", equalTo("SENDING")).extract().path("id");
            as(DemoUser.GABE).body(Map.of("status", "CLOSED")).put(path(id, "/status"))
                    .then().statusCode(200).body("status", equalTo("CLOSED")).body("closedAt", notNullValue());

            JsonNode requested = awaitEvent(inbox, "sosmed.inbox.reply.requested.v1", replyId);
            assertThat(requested.path("workspaceid").asText()).isEqualTo(ACME);
            assertThat(requested.path("data").path("text").asText()).isEqualTo("Sorry! We fixed it.");
            assertThat(requested.path("data").path("requestedBy").asText()).isEqualTo("user-gabe");
            assertThat(requested.path("data").path("network").asText()).isEqualTo("X");
            JsonNode closed = awaitEvent(inbox, "sosmed.conversation.closed.v1", id);
            assertThat(closed.path("data").path("assigneeId").asText()).isEqualTo("user-gabe");
            assertThat(closed.path("data").path("firstResponseSeconds").isIntegralNumber()).isTrue();
            assertThat(closed.path("data").path("resolutionSeconds").asLong()).isGreaterThanOrEqualTo(0);
            assertThat(closed.path("data").path("slaBreached").asBoolean()).isFalse();
        }
        given().auth().oauth2(DemoUser.VERA.token()).queryParam("assignee", "user-gabe").queryParam("status", "CLOSED")
                .queryParam("limit", 100).when().get("/api/v1/workspaces/acme/conversations")
                .then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void staleReplyGets409WithTheItemsTheAgentHasNotSeen() {
        String rootId = unique("stale-root");
        String id = ingest(comment(rootId, "Is the shop open today?"));
        var loaded = conversation(DemoUser.GABE, ACME, id).then().statusCode(200).extract();
        long seen = loaded.<Number>path("conversation.version").longValue();
        assertThat(loaded.header("ETag")).isEqualTo("\"" + seen + "\"");

        Map<String, Object> followUp = comment(unique("stale-child"), "Hello?? anyone there");
        followUp.put("parentExternalId", rootId);
        ingest(followUp);

        as(DemoUser.GABE).body(Map.of("text", "Yes, until 9pm", "expectedVersion", seen)).post(path(id, "/replies"))
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://sosmed.io/problems/conversation-changed"))
                .body("newItems", hasSize(1))
                .body("newItems[0].text", equalTo("Hello?? anyone there"))
                .body("currentVersion", equalTo((int) seen + 1));
        as(DemoUser.GABE).header("If-Match", "\"" + seen + "\"").body(Map.of("text", "Yes, until 9pm"))
                .post(path(id, "/replies")).then().statusCode(409);
        as(DemoUser.GABE).body(Map.of("text", "Yes, until 9pm")).post(path(id, "/replies")).then().statusCode(428);
        conversation(DemoUser.GABE, ACME, id).then().body("replies", hasSize(0));

        as(DemoUser.GABE).header("If-Match", "\"" + (seen + 1) + "\"").body(Map.of("text", "Yes, until 9pm"))
                .post(path(id, "/replies")).then().statusCode(202);
        conversation(DemoUser.GABE, ACME, id).then().body("replies", hasSize(1)).body("conversation.status", equalTo("PENDING"));
    }

    @Test
    void replyBecomesSentOrFailedFromScheduleServiceEvents() {
        String id = ingest(comment(unique("delivery"), "Can you DM me?"));
        String sentId = reply(id, "Sure, check your DMs");
        String failedId = reply(id, "And one more thing");

        InboxFixtures.sendInboxEvent(id, InboxFixtures.cloudEvent("sosmed.inbox.reply.sent.v1", ACME, sentId, """
                {"replyId":"%s","conversationId":"%s","channelId":"x-main","network":"X","externalId":"1790001",
                 "url":"https://x.com/acme/status/1790001","sentAt":"%s"}""".formatted(sentId, id, Instant.now())));
        InboxFixtures.sendInboxEvent(id, InboxFixtures.cloudEvent("sosmed.inbox.reply.failed.v1", ACME, failedId, """
                {"replyId":"%s","conversationId":"%s","channelId":"x-main","network":"X","code":"187",
                 "reason":"Status is a duplicate","retryable":false,"failedAt":"%s"}""".formatted(failedId, id, Instant.now())));

        await().atMost(DELIVERY).untilAsserted(() -> conversation(DemoUser.VERA, ACME, id).then()
                .body("replies.find { it.id == '%s' }.status".formatted(sentId), equalTo("SENT"))
                .body("replies.find { it.id == '%s' }.externalId".formatted(sentId), equalTo("1790001"))
                .body("replies.find { it.id == '%s' }.status".formatted(failedId), equalTo("FAILED"))
                .body("replies.find { it.id == '%s' }.failureReason".formatted(failedId), equalTo("Status is a duplicate")));
    }

    @Test
    void savedReplyFillsInTheAuthorsName() {
        String name = unique("Thanks");
        String savedId = as(DemoUser.GABE).body(Map.of("name", name, "text", "Hi {{author.name}}, thanks from {{agent.name}}!"))
                .post("/api/v1/workspaces/acme/saved-replies").then().statusCode(201).extract().path("id");
        as(DemoUser.GABE).body(Map.of("name", unique("Bad"), "text", "Hi {{customer.email}}"))
                .post("/api/v1/workspaces/acme/saved-replies").then().statusCode(400)
                .body("errors[0].field", equalTo("text"));
        as(DemoUser.VERA).body(Map.of("name", unique("Nope"), "text", "x")).post("/api/v1/workspaces/acme/saved-replies")
                .then().statusCode(403);

        String id = ingest(comment(unique("saved"), "Great service"));
        as(DemoUser.GABE).body(Map.of("savedReplyId", savedId, "expectedVersion", version(id))).post(path(id, "/replies"))
                .then().statusCode(202).body("text", equalTo("Hi Budi Santoso, thanks from gabe!"))
                .body("savedReplyId", equalTo(savedId));
        given().auth().oauth2(DemoUser.VERA.token()).when().get("/api/v1/workspaces/acme/saved-replies/" + savedId)
                .then().statusCode(200).body("name", equalTo(name));
        given().auth().oauth2(DemoUser.OSCAR.token()).when().get("/api/v1/workspaces/acme/saved-replies/" + savedId)
                .then().statusCode(404);
    }

    @Test
    void newItemReopensAClosedConversation() {
        String rootId = unique("reopen");
        String id = ingest(comment(rootId, "Broken zipper"));
        as(DemoUser.GABE).body(Map.of("status", "CLOSED")).put(path(id, "/status")).then().statusCode(200);
        Map<String, Object> again = comment(unique("reopen-child"), "It broke again");
        again.put("parentExternalId", rootId);
        ingest(again);
        conversation(DemoUser.VERA, ACME, id).then().body("conversation.status", equalTo("OPEN"))
                .body("conversation.closedAt", equalTo(null));
    }

    @Test
    void snoozedConversationComesBackOpen() {
        String id = ingest(comment(unique("snooze"), "Ping me tomorrow"));
        as(DemoUser.GABE).body(Map.of("status", "SNOOZED")).put(path(id, "/status")).then().statusCode(400)
                .body("errors[0].field", equalTo("snoozedUntil"));
        as(DemoUser.GABE).body(Map.of("status", "SNOOZED", "snoozedUntil", Instant.now().plusSeconds(2).toString()))
                .put(path(id, "/status")).then().statusCode(200).body("status", equalTo("SNOOZED"));
        await().atMost(DELIVERY).untilAsserted(() -> conversation(DemoUser.VERA, ACME, id).then()
                .body("conversation.status", equalTo("OPEN")).body("conversation.snoozedUntil", equalTo(null)));
    }

    @Test
    void notesRecordMentionsAndPriorityAndTagsChange() {
        String id = ingest(comment(unique("notes"), "I want a refund"));
        as(DemoUser.GABE).body(Map.of("text", "@alice can you approve? cc @nina. mail x@acme.com")).post(path(id, "/notes"))
                .then().statusCode(201).body("mentions", contains("alice", "nina"));
        as(DemoUser.GABE).body(Map.of("priority", "URGENT", "tags", List.of("refund", "vip", "refund")))
                .patch(path(id, "")).then().statusCode(200)
                .body("priority", equalTo("URGENT")).body("tags", contains("refund", "vip"));
        as(DemoUser.GABE).body(Map.of("priority", "SOMEDAY")).patch(path(id, "")).then().statusCode(400);
        given().auth().oauth2(DemoUser.VERA.token()).queryParam("tag", "vip").queryParam("priority", "URGENT")
                .queryParam("limit", 100).when().get("/api/v1/workspaces/acme/conversations")
                .then().statusCode(200).body("items.id", hasItem(id));
        conversation(DemoUser.VERA, ACME, id).then().body("notes[0].authorId", equalTo("user-gabe"));
    }

    @Test
    void escalationEmitsAnEventForSupportDesks() throws Exception {
        String id = ingest(comment(unique("escalate"), "I will sue you"));
        try (KafkaTestClient.TopicReader inbox = InboxFixtures.kafka().read(Topics.INBOX_EVENTS)) {
            as(DemoUser.GABE).body(Map.of("reason", "Legal threat")).post(path(id, "/escalate"))
                    .then().statusCode(200).body("escalatedAt", notNullValue());
            JsonNode escalated = awaitEvent(inbox, "sosmed.conversation.escalated.v1", id);
            assertThat(escalated.path("data").path("reason").asText()).isEqualTo("Legal threat");
            assertThat(escalated.path("data").path("escalatedBy").asText()).isEqualTo("user-gabe");
            assertThat(escalated.path("data").path("author").path("handle").asText()).isEqualTo("budi_s");
        }
        as(DemoUser.VERA).body(Map.of("reason", "x")).post(path(id, "/escalate")).then().statusCode(403);
    }

    @Test
    void routingRulesAssignByKeywordThenRoundRobinPerChannel() {
        String channel = unique("rr");
        as(DemoUser.GABE).body(Map.of("roundRobin", List.of())).put("/api/v1/workspaces/acme/routing-rules")
                .then().statusCode(403);
        as(DemoUser.ALICE).body(Map.of("keywordRoutes", List.of(Map.of("keywords", List.of("refund"), "agents", List.of()))))
                .put("/api/v1/workspaces/acme/routing-rules").then().statusCode(400)
                .body("errors[0].field", equalTo("keywordRoutes[0].agents"));
        as(DemoUser.ALICE).body(Map.of(
                        "keywordRoutes", List.of(Map.of("keywords", List.of("pengembalian dana"), "channelId", channel,
                                "agents", List.of("user-billing"))),
                        "roundRobin", List.of(Map.of("channelId", channel, "agents", List.of("user-gabe", "user-alice")))))
                .put("/api/v1/workspaces/acme/routing-rules").then().statusCode(200);

        List<String> assignees = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String id = ingest(InboxFixtures.item("COMMENT", channel, unique("rr"), "cust" + i, "C", "question " + i));
            assignees.add(conversation(DemoUser.VERA, ACME, id).then().extract().path("conversation.assigneeId"));
        }
        String keyword = ingest(InboxFixtures.item("COMMENT", channel, unique("rr"), "cust", "C",
                "Saya minta pengembalian dana"));
        assertThat(assignees).containsExactly("user-gabe", "user-alice", "user-gabe");
        conversation(DemoUser.VERA, ACME, keyword).then().body("conversation.assigneeId", equalTo("user-billing"));
        given().auth().oauth2(DemoUser.VERA.token()).when().get("/api/v1/workspaces/acme/routing-rules")
                .then().statusCode(200).body("roundRobin[0].agents", contains("user-gabe", "user-alice"));
    }

    @Test
    void listeningRulesTagMatchingItemsAndRaisePriority() {
        String competitor = "globexx" + unique("").substring(1, 7).replace("-", "");
        as(DemoUser.ALICE).body(Map.of("rules", List.of(
                        Map.of("type", "COMPETITOR", "term", competitor, "raisePriorityTo", "HIGH"),
                        Map.of("type", "HASHTAG", "term", "acmefail", "tag", "campaign-risk"))))
                .put("/api/v1/workspaces/acme/listening-rules").then().statusCode(200);
        as(DemoUser.ALICE).body(Map.of("rules", List.of(Map.of("type", "SHOUT", "term", "x"))))
                .put("/api/v1/workspaces/acme/listening-rules").then().statusCode(400);

        String id = ingest(comment(unique("listen"), "Switching to " + competitor + " #AcmeFail"));
        conversation(DemoUser.VERA, ACME, id).then()
                .body("conversation.tags", contains("competitor:" + competitor, "campaign-risk"))
                .body("conversation.priority", equalTo("HIGH"));
        String quiet = ingest(comment(unique("listen"), "Nice weather"));
        conversation(DemoUser.VERA, ACME, quiet).then().body("conversation.tags", hasSize(0))
                .body("conversation.priority", equalTo("NORMAL"));
    }

    private static String reply(String conversationId, String text) {
        return as(DemoUser.GABE).body(Map.of("text", text, "expectedVersion", version(conversationId)))
                .post(path(conversationId, "/replies")).then().statusCode(202).extract().path("id");
    }

    static RequestSpecification as(DemoUser user) {
        return given().auth().oauth2(user.token()).contentType(ContentType.JSON);
    }

    static String path(String conversationId, String suffix) {
        return "/api/v1/workspaces/acme/conversations/" + conversationId + suffix;
    }

    /** Waits for the event of {@code type} whose subject is {@code subject}; it must satisfy the type's JSON Schema. */
    static JsonNode awaitEvent(KafkaTestClient.TopicReader reader, String type, String subject) {
        JsonNode event = await().atMost(DELIVERY).until(() -> reader.poll().stream().map(r -> parse(r.value()))
                .filter(e -> type.equals(e.path("type").asText()) && subject.equals(e.path("subject").asText()))
                .findFirst(), Optional::isPresent).orElseThrow();
        assertThat(EventSchemas.violations(event)).as("schema violations of " + type).isEmpty();
        return event;
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            return JSON.createObjectNode();
        }
    }
}
