package io.sosmed.community.inbox;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.sosmed.platform.event.Topics;
import io.sosmed.testing.KafkaTestResource;
import io.sosmed.testing.kafka.KafkaTestClient;
import io.sosmed.testing.oidc.DemoUser;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Builders and calls shared by the inbox tests: items as other systems send them, and events on the wire. */
final class InboxFixtures {

    static final String ACME = "acme";
    static final String GLOBEX = "globex";
    static final String CHANNEL = "x-main";

    private InboxFixtures() {
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    /** A COMMENT body for POST .../inbox/items. */
    static Map<String, Object> comment(String externalId, String text) {
        return item("COMMENT", CHANNEL, externalId, "budi_s", "Budi Santoso", text);
    }

    static Map<String, Object> item(String kind, String channelId, String externalId, String handle, String name,
            String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("network", "X");
        body.put("channelId", channelId);
        body.put("externalId", externalId);
        body.put("kind", kind);
        body.put("author", Map.of("handle", handle, "name", name));
        body.put("text", text);
        body.put("receivedAt", Instant.now().toString());
        return body;
    }

    /** {@code request} as the batch path receives it from Kafka, with language and sentiment already detected. */
    static BatchIngestion.Received received(ItemUnderstanding understanding, String workspaceId, NewInboxItem request) {
        InboxItem item = ItemIngestion.newItem(workspaceId, request);
        understanding.annotate(item);
        return new BatchIngestion.Received(UUID.randomUUID().toString(), "sosmed.inbox.item.received.v1", request,
                item);
    }

    static Response post(DemoUser user, String workspaceId, Map<String, Object> body) {
        return given().auth().oauth2(user.token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/workspaces/" + workspaceId + "/inbox/items");
    }

    /** Posts a new item as the integration client and returns its conversation id. */
    static String ingest(Map<String, Object> body) {
        return post(DemoUser.INTEGRATION, ACME, body).then().statusCode(201).extract().path("conversationId");
    }

    static Response conversation(DemoUser user, String workspaceId, String conversationId) {
        return given().auth().oauth2(user.token())
                .when().get("/api/v1/workspaces/" + workspaceId + "/conversations/" + conversationId);
    }

    static long version(String conversationId) {
        return conversation(DemoUser.GABE, ACME, conversationId).then().statusCode(200).extract()
                .<Number>path("conversation.version").longValue();
    }

    static KafkaTestClient kafka() {
        return new KafkaTestClient(KafkaTestResource.bootstrapServers());
    }

    /** A structured CloudEvent as another service puts it on the wire. */
    static String cloudEvent(String type, String workspaceId, String subject, String data) {
        return """
                {"specversion":"1.0","id":"%s","source":"/sosmed/schedule-service","type":"%s","subject":"%s",
                 "time":"%s","datacontenttype":"application/json","dataschema":"urn:sosmed:event-schema:%s",
                 "workspaceid":"%s","data":%s}""".formatted(UUID.randomUUID(), type, subject, Instant.now(), type,
                workspaceId, data);
    }

    static void sendInboxEvent(String key, String event) {
        kafka().sendCloudEvent(Topics.INBOX_EVENTS, key, event);
    }
}
