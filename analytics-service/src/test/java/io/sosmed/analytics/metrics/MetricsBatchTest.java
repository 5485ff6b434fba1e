package io.sosmed.analytics.metrics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.sosmed.analytics.AnalyticsEvents;
import io.sosmed.platform.consumer.PoisonMessageException;
import io.sosmed.platform.event.Topics;
import io.sosmed.testing.KafkaTestResource;
import io.sosmed.testing.kafka.KafkaTestClient;
import io.sosmed.testing.oidc.DemoUser;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Batches of metrics messages: duplicates, out-of-order and late points, poison messages, a failing batch. */
@QuarkusTest
class MetricsBatchTest {

    private static final Duration DELIVERY = Duration.ofSeconds(30);
    private static final Instant PUBLISHED = Instant.parse("2025-03-03T09:00:00Z");

    @Inject
    MetricsIngest ingest;

    @BeforeAll
    static void decimals() {
        AnalyticsEvents.readDecimalsAsDoubles();
    }

    @Test
    void aBatchWithDuplicatesOutOfOrderPointsAndPoisonKeepsOnePointPerCollectedAtAndTheNewestAsLatest() {
        String channel = "masto-" + UUID.randomUUID();
        UUID postId = publishedPost(channel, "MASTODON");
        Instant first = PUBLISHED.plusSeconds(3600);
        Instant second = PUBLISHED.plusSeconds(7200);
        Instant third = PUBLISHED.plusSeconds(10800);
        String firstEvent = AnalyticsEvents.metricsEvent("acme", channel, "MASTODON", postId, first, counters(40));
        List<String> batch = List.of(
                AnalyticsEvents.metricsEvent("acme", channel, "MASTODON", postId, third, counters(150)),
                firstEvent,
                "not a cloud event",
                firstEvent,
                AnalyticsEvents.metricsEvent("acme", channel, "MASTODON", postId, first, counters(41)),
                AnalyticsEvents.metricsEvent("acme", channel, "MASTODON", null, PUBLISHED, Map.of("followers", 2000L)),
                // Breaks its schema: no channel to store it under.
                AnalyticsEvents.metricsEvent("acme", channel, "MASTODON", postId, second, counters(90))
                        .replace("\"channelId\":\"" + channel + "\",", ""),
                AnalyticsEvents.metricsEvent("acme", channel, "MASTODON", postId, second, counters(90)));

        List<RuntimeException> failures = ingest.ingest(batch);

        assertThat(failures).hasSize(batch.size());
        assertThat(failures.get(2)).isInstanceOf(PoisonMessageException.class);
        assertThat(failures.get(6)).isInstanceOf(PoisonMessageException.class).hasMessageContaining("channelId");
        assertThat(failures).filteredOn(f -> f != null).hasSize(2);
        metricsOf(postId, List.of(first, second, third), 40, 150, 150.0 / 2000);

        // The same batch again (a redelivery) and a late point older than all: history grows by the late point only.
        Instant late = PUBLISHED.plusSeconds(600);
        List<String> replay = new java.util.ArrayList<>(batch);
        replay.add(AnalyticsEvents.metricsEvent("acme", channel, "MASTODON", postId, late, counters(10)));
        assertThat(ingest.ingest(replay)).filteredOn(f -> f != null).hasSize(2);
        metricsOf(postId, List.of(late, first, second, third), 10, 150, 150.0 / 2000);
    }

    @Test
    void aBatchTheDatabaseRefusesIsAppliedOneByOneSoOnlyTheBadMessageFails() {
        String channel = "x-" + UUID.randomUUID();
        UUID postId = publishedPost(channel, "X");
        Instant first = PUBLISHED.plusSeconds(3600);
        Instant second = PUBLISHED.plusSeconds(7200);
        List<String> batch = List.of(
                AnalyticsEvents.metricsEvent("acme", channel, "X", postId, second, Map.of("impressions", 2000L,
                        "likes", 100L)),
                // PostgreSQL text cannot hold NUL: the multi-row insert of the whole batch fails on this one.
                AnalyticsEvents.metricsEvent("acme", "bad\u0000channel", "X", postId, first, counters(10)),
                AnalyticsEvents.metricsEvent("acme", channel, "X", postId, first, Map.of("impressions", 1000L,
                        "likes", 40L)));

        List<RuntimeException> failures = ingest.ingest(batch);

        assertThat(failures.get(0)).isNull();
        assertThat(failures.get(1)).isNotNull();
        assertThat(failures.get(2)).isNull();
        given().auth().oauth2(DemoUser.VERA.token()).when().get("/api/v1/workspaces/acme/posts/{id}/metrics", postId)
                .then().statusCode(200)
                .body("channels[0].history.collectedAt", equalTo(List.of(first.toString(), second.toString())))
                .body("channels[0].latest.impressions", equalTo(2000))
                .body("channels[0].latest.engagementRate", closeTo(0.05, 1e-9));
    }

    @Test
    void aPoisonMessageOnTheTopicGoesToTheDeadLetterTopicAndTheOthersAreStored() {
        String channel = "li-" + UUID.randomUUID();
        UUID postId = publishedPost(channel, "LINKEDIN");
        Instant collected = PUBLISHED.plusSeconds(3600);
        KafkaTestClient kafka = new KafkaTestClient(KafkaTestResource.bootstrapServers());
        try (KafkaTestClient.TopicReader dlq = kafka.read(Topics.ENGAGEMENT_METRICS + Topics.DEAD_LETTER_SUFFIX)) {
            String poisoned = "poison-" + UUID.randomUUID();
            kafka.send(Topics.ENGAGEMENT_METRICS, poisoned, "{\"this is\": \"no cloud event\"}");
            AnalyticsEvents.metrics("acme", channel, "LINKEDIN", postId, collected, Map.of("impressions", 500L,
                    "likes", 25L));

            await().atMost(DELIVERY).until(() -> dlq.poll().stream().anyMatch(r -> poisoned.equals(r.key())));
            await().atMost(DELIVERY).untilAsserted(() -> given().auth().oauth2(DemoUser.VERA.token())
                    .when().get("/api/v1/workspaces/acme/posts/{id}/metrics", postId)
                    .then().statusCode(200)
                    .body("channels[0].history", hasSize(1))
                    .body("channels[0].latest.engagementRate", closeTo(0.05, 1e-9)));
        }
    }

    private static UUID publishedPost(String channel, String network) {
        UUID postId = UUID.randomUUID();
        AnalyticsEvents.postCreated("acme", postId, null, "product", List.of("batch"),
                AnalyticsEvents.Variant.text(channel, "Batch day"));
        AnalyticsEvents.postPublished("acme", postId, channel, network, PUBLISHED);
        await().atMost(DELIVERY).untilAsserted(() -> given().auth().oauth2(DemoUser.VERA.token())
                .when().get("/api/v1/workspaces/acme/posts/{id}/metrics", postId)
                .then().statusCode(200).body("channels[0].publishedAt", equalTo(PUBLISHED.toString())));
        return postId;
    }

    private static void metricsOf(UUID postId, List<Instant> history, int firstLikes, int latestLikes,
            double latestRate) {
        given().auth().oauth2(DemoUser.VERA.token()).when().get("/api/v1/workspaces/acme/posts/{id}/metrics", postId)
                .then().statusCode(200)
                .body("channels", hasSize(1))
                .body("channels[0].history.collectedAt", equalTo(history.stream().map(Instant::toString).toList()))
                .body("channels[0].history[0].likes", equalTo(firstLikes))
                .body("channels[0].latest.likes", equalTo(latestLikes))
                .body("channels[0].latest.rateBasis", equalTo("FOLLOWERS"))
                .body("channels[0].latest.engagementRate", closeTo(latestRate, 1e-9));
    }

    private static Map<String, Long> counters(long likes) {
        return Map.of("likes", likes);
    }
}
