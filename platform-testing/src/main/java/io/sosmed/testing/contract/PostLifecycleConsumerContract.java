package io.sosmed.testing.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.sosmed.platform.consumer.ProcessedEvents;
import io.sosmed.platform.event.Topics;
import io.sosmed.testing.KafkaTestResource;
import io.sosmed.testing.kafka.KafkaTestClient;
import io.sosmed.testing.kafka.TestEvents;
import io.sosmed.testing.oidc.DemoUser;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every consumer of {@code post-lifecycle} must do, proven against the real broker and database:
 * record a created post once, show it through {@code GET /api/v1/workspaces/{ws}/posts/{id}} to members
 * only, apply a duplicated event once, and move poison messages to the dead-letter topic without
 * blocking the partition. A service test extends it with {@code @QuarkusTest} and names its consumer.
 */
public abstract class PostLifecycleConsumerContract {

    private static final Duration DELIVERY = Duration.ofSeconds(30);

    @Inject
    protected ProcessedEvents processed;

    /** The consumer name the service passes to {@code IdempotentConsumer}. */
    protected abstract String consumerName();

    @Test
    void recordsCreatedPostAndShowsItToMembersOnly() {
        UUID postId = UUID.randomUUID();
        send(postId, TestEvents.postCreated(UUID.randomUUID().toString(), "acme", postId, "Launch day", "x-main", "ig-brand"));

        awaitPost(postId)
                .body("title", equalTo("Launch day"))
                .body("workspaceId", equalTo("acme"))
                .body("channelIds", hasItems("x-main", "ig-brand"));
        given().auth().oauth2(DemoUser.VERA.token()).when().get(path("acme", postId))
                .then().statusCode(200);
        given().auth().oauth2(DemoUser.OSCAR.token()).when().get(path("acme", postId))
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get(path("acme", postId))
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void duplicatedEventIsAppliedOnce() {
        UUID postId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        send(postId, TestEvents.postCreated(eventId, "acme", postId, "Original title", "x-main"));
        send(postId, TestEvents.postCreated(eventId, "acme", postId, "Replayed title", "x-main"));
        UUID marker = UUID.randomUUID();
        send(marker, TestEvents.postCreated(UUID.randomUUID().toString(), "acme", marker, "After the duplicate", "x-main"));

        awaitPost(marker);
        given().auth().oauth2(DemoUser.EDDIE.token()).when().get(path("acme", postId))
                .then().statusCode(200).body("title", equalTo("Original title"));
        assertThat(processed.count(consumerName(), eventId)).isEqualTo(1);
    }

    @Test
    void updatesApplyInVersionOrderAndDeletionMarksThePost() {
        UUID postId = UUID.randomUUID();
        send(postId, TestEvents.postCreated(UUID.randomUUID().toString(), "acme", postId, "First title", "x-main"));
        send(postId, TestEvents.postUpdated(UUID.randomUUID().toString(), "acme", postId, "Second title", 2, "x-main", "li-page"));
        send(postId, TestEvents.postUpdated(UUID.randomUUID().toString(), "acme", postId, "Stale title", 1, "x-main"));
        awaitTitle(postId, "Second title").body("channelIds", hasItems("x-main", "li-page"));

        send(postId, TestEvents.postDeleted(UUID.randomUUID().toString(), "acme", postId));
        await().atMost(DELIVERY).untilAsserted(() -> given().auth().oauth2(DemoUser.EDDIE.token())
                .when().get(path("acme", postId))
                .then().statusCode(200).body("status", equalTo("DELETED")).body("title", equalTo("Second title")));
    }

    @Test
    void poisonMessagesGoToDeadLetterTopicAndLaterEventsStillArrive() {
        KafkaTestClient kafka = new KafkaTestClient(KafkaTestResource.bootstrapServers());
        String poisonKey = "poison-" + UUID.randomUUID();
        String brokenKey = UUID.randomUUID().toString();
        try (KafkaTestClient.TopicReader dlq = kafka.read(Topics.POST_LIFECYCLE + Topics.DEAD_LETTER_SUFFIX)) {
            kafka.send(Topics.POST_LIFECYCLE, poisonKey, "this is not a CloudEvent {");
            kafka.sendCloudEvent(Topics.POST_LIFECYCLE, brokenKey, TestEvents.postCreated(UUID.randomUUID().toString(),
                    "acme", null, "Post without id", "x-main"));
            UUID after = UUID.randomUUID();
            send(after, TestEvents.postCreated(UUID.randomUUID().toString(), "acme", after, "After the poison", "x-main"));

            awaitPost(after).body("title", equalTo("After the poison"));
            await().atMost(DELIVERY).until(() -> {
                var keys = dlq.poll().stream().map(r -> r.key()).toList();
                return keys.contains(poisonKey) && keys.contains(brokenKey);
            });
        }
    }

    private static void send(UUID postId, String event) {
        new KafkaTestClient(KafkaTestResource.bootstrapServers())
                .sendCloudEvent(Topics.POST_LIFECYCLE, String.valueOf(postId), event);
    }

    private static io.restassured.response.ValidatableResponse awaitPost(UUID postId) {
        await().atMost(DELIVERY).until(() -> given().auth().oauth2(DemoUser.EDDIE.token())
                .when().get(path("acme", postId)).statusCode() == 200);
        return given().auth().oauth2(DemoUser.EDDIE.token()).when().get(path("acme", postId)).then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse awaitTitle(UUID postId, String title) {
        await().atMost(DELIVERY).until(() -> {
            var response = given().auth().oauth2(DemoUser.EDDIE.token()).when().get(path("acme", postId));
            return response.statusCode() == 200 && title.equals(response.path("title"));
        });
        return given().auth().oauth2(DemoUser.EDDIE.token()).when().get(path("acme", postId)).then().statusCode(200);
    }

    private static String path(String workspaceId, UUID postId) {
        return "/api/v1/workspaces/" + workspaceId + "/posts/" + postId;
    }
}
