package io.sosmed.schedule.webhook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.sosmed.platform.event.EventSchemas;
import io.sosmed.platform.event.Topics;
import io.sosmed.schedule.channel.Channel;
import io.sosmed.schedule.channel.ChannelRepository;
import io.sosmed.schedule.network.ChannelStatus;
import io.sosmed.schedule.network.Network;
import io.sosmed.testing.KafkaTestResource;
import io.sosmed.testing.kafka.KafkaTestClient;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MetaWebhookTest {

    private static final String WEBHOOK = "/api/v1/webhooks/meta";
    private static final String APP_SECRET = "test-app-secret";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ChannelRepository channels;

    @Test
    void handshakeEchoesTheChallengeOnlyForTheRightToken() {
        given().queryParam("hub.mode", "subscribe").queryParam("hub.verify_token", "test-verify-token")
                .queryParam("hub.challenge", "1158201444").get(WEBHOOK)
                .then().statusCode(200).body(equalTo("1158201444"));
        given().queryParam("hub.mode", "subscribe").queryParam("hub.verify_token", "guess")
                .queryParam("hub.challenge", "1158201444").get(WEBHOOK)
                .then().statusCode(403).contentType("application/problem+json");
        given().queryParam("hub.mode", "unsubscribe").queryParam("hub.verify_token", "test-verify-token")
                .queryParam("hub.challenge", "1").get(WEBHOOK).then().statusCode(403);
    }

    @Test
    void signedPageCommentBecomesAnInboxItemOfTheConnectedPage() {
        String pageId = String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits()));
        String channelId = facebookChannel(pageId);
        String postId = pageId + "_444444444";
        String commentId = postId.replace("_444444444", "_555555555");
        String delivery = """
                {"object":"page","entry":[{"id":"%s","time":1764158400,"changes":[
                  {"field":"feed","value":{"item":"comment","verb":"add","comment_id":"%s","post_id":"%s","parent_id":"%s",
                   "message":"Where can I buy this?","created_time":1764158400,"from":{"id":"9001","name":"Rita Buyer"}}},
                  {"field":"feed","value":{"item":"reaction","verb":"add","post_id":"%s","reaction_type":"like"}}]}]}"""
                .formatted(pageId, commentId, postId, postId, postId);

        try (KafkaTestClient.TopicReader events = new KafkaTestClient(KafkaTestResource.bootstrapServers()).read(Topics.INBOX_EVENTS)) {
            given().header("X-Hub-Signature-256", MetaSignature.sign(APP_SECRET, delivery.getBytes(StandardCharsets.UTF_8)))
                    .contentType("application/json").body(delivery).post(WEBHOOK)
                    .then().statusCode(200).body(equalTo("EVENT_RECEIVED"));

            await().atMost(Duration.ofSeconds(30)).until(() -> !items(events, postId).isEmpty());
            List<JsonNode> received = items(events, postId);
            assertThat(received).hasSize(1);
            JsonNode event = received.get(0);
            assertThat(EventSchemas.violations(event)).isEmpty();
            assertThat(event.path("workspaceid").asText()).isEqualTo("acme");
            assertThat(event.path("data").path("channelId").asText()).isEqualTo(channelId);
            assertThat(event.path("data").path("network").asText()).isEqualTo("FACEBOOK");
            assertThat(event.path("data").path("externalId").asText()).isEqualTo(commentId);
            assertThat(event.path("data").path("text").asText()).isEqualTo("Where can I buy this?");
            assertThat(event.path("data").path("author").path("name").asText()).isEqualTo("Rita Buyer");
            assertThat(event.path("data").path("postExternalId").asText()).isEqualTo(postId);
            assertThat(event.path("data").path("receivedAt").asText()).isEqualTo(Instant.ofEpochSecond(1764158400).toString());
        }
    }

    @Test
    void unsignedOrForgedDeliveriesAreRefused() {
        String delivery = "{\"object\":\"page\",\"entry\":[]}";

        given().contentType("application/json").body(delivery).post(WEBHOOK)
                .then().statusCode(401).contentType("application/problem+json");
        given().header("X-Hub-Signature-256", MetaSignature.sign("wrong-secret", delivery.getBytes(StandardCharsets.UTF_8)))
                .contentType("application/json").body(delivery).post(WEBHOOK)
                .then().statusCode(401);
        given().header("X-Hub-Signature-256", MetaSignature.sign(APP_SECRET, delivery.getBytes(StandardCharsets.UTF_8)))
                .contentType("application/json").body(delivery + " ").post(WEBHOOK)
                .then().statusCode(401);
    }

    private String facebookChannel(String pageId) {
        Channel channel = new Channel();
        channel.id = UUID.randomUUID();
        channel.workspaceId = "acme";
        channel.network = Network.FACEBOOK;
        channel.accountId = pageId;
        channel.handle = "Acme Page";
        channel.zone = "UTC";
        channel.status = ChannelStatus.ACTIVE;
        channel.connectedBy = "user-alice";
        channel.createdAt = Instant.now();
        channel.updatedAt = channel.createdAt;
        QuarkusTransaction.requiringNew().run(() -> channels.persist(channel));
        return channel.id.toString();
    }

    private static List<JsonNode> items(KafkaTestClient.TopicReader reader, String key) {
        return reader.poll().stream().filter(record -> key.equals(record.key())).map(ConsumerRecord::value)
                .map(MetaWebhookTest::parse)
                .filter(event -> "sosmed.inbox.item.received.v1".equals(event.path("type").asText())).toList();
    }

    private static JsonNode parse(String value) {
        try {
            return JSON.readTree(value);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
