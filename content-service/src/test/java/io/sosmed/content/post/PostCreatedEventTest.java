package io.sosmed.content.post;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.sosmed.platform.event.EventSchemas;
import io.sosmed.platform.event.Topics;
import io.sosmed.platform.outbox.OutboxEventRepository;
import io.sosmed.testing.KafkaTestResource;
import io.sosmed.testing.kafka.KafkaTestClient;
import io.sosmed.testing.oidc.DemoUser;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The post.created event contract and its delivery through the outbox, including while the broker is down. */
@QuarkusTest
class PostCreatedEventTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    OutboxEventRepository outbox;

    @Inject
    EntityManager em;

    @Test
    void createdPostIsPublishedAsValidCloudEventKeyedByPostId() throws Exception {
        KafkaTestClient kafka = new KafkaTestClient(KafkaTestResource.bootstrapServers());
        try (KafkaTestClient.TopicReader reader = kafka.read(Topics.POST_LIFECYCLE)) {
            String postId = createPost("Event contract");

            ConsumerRecord<String, String> record = await().atMost(Duration.ofSeconds(20))
                    .until(() -> reader.poll().stream().filter(r -> postId.equals(r.key())).findFirst(),
                            java.util.Optional::isPresent)
                    .orElseThrow();

            JsonNode event = JSON.readTree(record.value());
            assertThat(EventSchemas.violations(event)).isEmpty();
            assertThat(event.path("type").asText()).isEqualTo("sosmed.post.created.v1");
            assertThat(event.path("subject").asText()).isEqualTo(postId);
            assertThat(event.path("workspaceid").asText()).isEqualTo("acme");
            assertThat(event.at("/data/title").asText()).isEqualTo("Event contract");
            assertThat(event.at("/data/authorId").asText()).isEqualTo(DemoUser.EDDIE.subject());
            assertThat(new String(record.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                    .isEqualTo("application/cloudevents+json");
        }
    }

    @Test
    void postWrittenWhileBrokerIsDownIsDeliveredWhenItReturns() {
        KafkaTestResource.broker().stop();
        String postId;
        try {
            postId = createPost("Written during outage");
            assertThat(outboxCount("aggregateId = ?1 and publishedAt is null", postId)).isEqualTo(1);
        } finally {
            KafkaTestResource.broker().start();
        }

        KafkaTestClient kafka = new KafkaTestClient(KafkaTestResource.bootstrapServers());
        try (KafkaTestClient.TopicReader reader = kafka.read(Topics.POST_LIFECYCLE)) {
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> reader.poll().stream().anyMatch(r -> postId.equals(r.key())));
        }
        await().atMost(Duration.ofSeconds(10))
                .until(() -> outboxCount("aggregateId = ?1 and publishedAt is not null", postId) == 1);
    }

    @Test
    void whileAnotherReplicaHoldsTheRelayLeaseThisOneDoesNotSend() {
        setLease("update outbox_relay_lease set owner = 'another-replica', expires_at = now() + interval '1 hour'");
        String postId;
        try {
            postId = createPost("Relayed by the lease holder only");
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                    .until(() -> outboxCount("aggregateId = ?1 and publishedAt is null", postId) == 1);
        } finally {
            setLease("update outbox_relay_lease set expires_at = now() - interval '1 second'");
        }
        await().atMost(Duration.ofSeconds(10))
                .until(() -> outboxCount("aggregateId = ?1 and publishedAt is not null", postId) == 1);
    }

    private void setLease(String update) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(update).executeUpdate());
    }

    private long outboxCount(String query, String postId) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.count(query, postId));
    }

    private static String createPost(String title) {
        return given().auth().oauth2(DemoUser.EDDIE.token()).contentType(ContentType.JSON)
                .body(PostRequests.titled(title))
                .when().post("/api/v1/workspaces/acme/posts")
                .then().statusCode(201)
                .extract().path("id");
    }
}
