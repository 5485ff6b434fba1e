package io.sosmed.content.publication;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.sosmed.platform.consumer.ProcessedEvents;
import io.sosmed.platform.event.EventSchemas;
import io.sosmed.platform.event.Topics;
import io.sosmed.platform.outbox.OutboxEventRepository;
import io.sosmed.testing.KafkaTestResource;
import io.sosmed.testing.kafka.KafkaTestClient;
import io.sosmed.testing.oidc.DemoUser;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * schedule-service's scheduling and publishing outcomes, sent as schema-valid events through the real broker,
 * show per variant on {@code GET /posts/{id}} and move the post's status without emitting post.updated.
 */
@QuarkusTest
class PublicationStatusTest {

    private static final Duration DELIVERY = Duration.ofSeconds(30);
    private static final String POSTS = "/api/v1/workspaces/acme/posts/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ProcessedEvents processed;

    @Inject
    OutboxEventRepository outbox;

    private final KafkaTestClient kafka = new KafkaTestClient(KafkaTestResource.bootstrapServers());

    @Test
    void variantsShowTheirOwnOutcomeAndThePostIsPublishedOnlyWhenAllAre() {
        UUID postId = createPost();
        Instant at = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

        send(postId, LifecycleEventsJson.scheduled(id(), postId, at, "x-main", "li-page"));
        awaitPost(postId, "variants[1].publication.status", "SCHEDULED")
                .body("status", equalTo("SCHEDULED"))
                .body("variants[0].publication.scheduledAt", equalTo(at.toString()))
                .body("variants[0].publication.zone", equalTo("Europe/Lisbon"));

        Instant later = at.plus(1, ChronoUnit.HOURS);
        send(postId, LifecycleEventsJson.rescheduled(id(), postId, later, at, "x-main", "li-page"));
        awaitPost(postId, "variants[0].publication.scheduledAt", later.toString());

        send(postId, LifecycleEventsJson.published(id(), postId, "x-main", "1790000000000000001", "https://x.com/acme/status/1790000000000000001"));
        send(postId, LifecycleEventsJson.publishFailed(id(), postId, "li-page", "Reconnect the LinkedIn page: its token expired"));
        awaitPost(postId, "variants[1].publication.status", "FAILED")
                .body("status", equalTo("SCHEDULED"))
                .body("variants[0].publication.status", equalTo("PUBLISHED"))
                .body("variants[0].publication.externalId", equalTo("1790000000000000001"))
                .body("variants[0].publication.url", equalTo("https://x.com/acme/status/1790000000000000001"))
                .body("variants[1].publication.errorCode", equalTo("TOKEN_EXPIRED"))
                .body("variants[1].publication.errorReason", equalTo("Reconnect the LinkedIn page: its token expired"))
                .body("variants[1].publication.retryable", equalTo(false));

        send(postId, LifecycleEventsJson.publishUnconfirmed(id(), postId, "li-page"));
        awaitPost(postId, "variants[1].publication.status", "UNCONFIRMED").body("status", equalTo("SCHEDULED"));
        send(postId, LifecycleEventsJson.published(id(), postId, "li-page", "urn:li:share:7", "https://www.linkedin.com/feed/update/urn:li:share:7"));
        awaitPost(postId, "status", "PUBLISHED").body("variants[1].publication.externalId", equalTo("urn:li:share:7"));

        send(postId, LifecycleEventsJson.publishFailed(id(), postId, "x-main", "late failure of an earlier attempt"));
        UUID marker = createPost();
        send(marker, LifecycleEventsJson.scheduled(id(), marker, at, "x-main"));
        awaitPost(marker, "status", "SCHEDULED");
        given().auth().oauth2(DemoUser.VERA.token()).when().get(POSTS + postId).then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("variants[0].publication.status", equalTo("PUBLISHED"));

        assertThat(outboxCount(postId, "sosmed.post.updated.v1")).isZero();
    }

    @Test
    void unschedulingReturnsThePostToItsStatusAndDuplicatesApplyOnce() {
        UUID postId = createPost();
        String scheduledEvent = id();
        send(postId, LifecycleEventsJson.scheduled(scheduledEvent, postId, Instant.now().plus(1, ChronoUnit.DAYS), "x-main", "li-page"));
        awaitPost(postId, "status", "SCHEDULED");

        send(postId, LifecycleEventsJson.unscheduled(id(), postId, "x-main", "li-page"));
        awaitPost(postId, "status", "DRAFT").body("variants[0].publication", nullValue());

        send(postId, LifecycleEventsJson.scheduled(scheduledEvent, postId, Instant.now(), "x-main", "li-page"));
        UUID marker = createPost();
        send(marker, LifecycleEventsJson.scheduled(id(), marker, Instant.now(), "x-main"));
        awaitPost(marker, "status", "SCHEDULED");
        given().auth().oauth2(DemoUser.EDDIE.token()).when().get(POSTS + postId).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("variants[1].publication", nullValue());
        assertThat(processed.count(PostLifecycleConsumer.CONSUMER, scheduledEvent)).isEqualTo(1);
    }

    @Test
    void eventsAboutPostsTheWorkspaceDoesNotHaveAreConsumedWithoutEffect() {
        UUID unknown = UUID.randomUUID();
        String eventId = id();
        send(unknown, LifecycleEventsJson.scheduled(eventId, unknown, Instant.now(), "x-main"));

        await().atMost(DELIVERY).until(() -> processed.count(PostLifecycleConsumer.CONSUMER, eventId) == 1);
        given().auth().oauth2(DemoUser.EDDIE.token()).when().get(POSTS + unknown).then().statusCode(404);
    }

    @Test
    void poisonMessagesGoToTheDeadLetterTopicAndLaterEventsStillApply() {
        String poisonKey = "poison-" + UUID.randomUUID();
        String noPostKey = UUID.randomUUID().toString();
        try (KafkaTestClient.TopicReader dlq = kafka.read(Topics.POST_LIFECYCLE + Topics.DEAD_LETTER_SUFFIX)) {
            kafka.send(Topics.POST_LIFECYCLE, poisonKey, "{ not a cloud event");
            kafka.sendCloudEvent(Topics.POST_LIFECYCLE, noPostKey,
                    LifecycleEventsJson.published(id(), UUID.randomUUID(), "x-main", "1", "https://x.com/1")
                            .replaceFirst("\"postId\":\"[^\"]+\",", ""));
            UUID after = createPost();
            send(after, LifecycleEventsJson.scheduled(id(), after, Instant.now(), "x-main"));

            awaitPost(after, "status", "SCHEDULED");
            await().atMost(DELIVERY).until(() -> {
                var keys = dlq.poll().stream().map(r -> r.key()).toList();
                return keys.contains(poisonKey) && keys.contains(noPostKey);
            });
        }
    }

    private void send(UUID postId, String event) {
        try {
            assertThat(EventSchemas.violations(JSON.readTree(event))).as("schema of the test event").isEmpty();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        kafka.sendCloudEvent(Topics.POST_LIFECYCLE, postId.toString(), event);
    }

    private static ValidatableResponse awaitPost(UUID postId, String path, Object expected) {
        await().atMost(DELIVERY).untilAsserted(() -> given().auth().oauth2(DemoUser.EDDIE.token())
                .when().get(POSTS + postId).then().statusCode(200).body(path, equalTo(expected)));
        return given().auth().oauth2(DemoUser.EDDIE.token()).when().get(POSTS + postId).then().statusCode(200);
    }

    private static UUID createPost() {
        return UUID.fromString(given().auth().oauth2(DemoUser.EDDIE.token()).contentType(ContentType.JSON)
                .body("""
                        {"title":"Going out","variants":[{"channelId":"x-main","text":"Hello X"},
                                                         {"channelId":"li-page","text":"Hello LinkedIn"}]}""")
                .when().post("/api/v1/workspaces/acme/posts").then().statusCode(201).extract().path("id"));
    }

    private long outboxCount(UUID postId, String type) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.count("aggregateId = ?1 and eventType = ?2",
                postId.toString(), type));
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
