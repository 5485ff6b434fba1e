package io.sosmed.analytics.metrics;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.sosmed.analytics.AnalyticsEvents;
import io.sosmed.platform.event.Topics;
import io.sosmed.testing.oidc.DemoUser;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MetricsTest {

    private static final Duration DELIVERY = Duration.ofSeconds(30);
    private static final Instant PUBLISHED = Instant.parse("2025-02-03T09:00:00Z");

    @BeforeAll
    static void decimals() {
        AnalyticsEvents.readDecimalsAsDoubles();
    }

    @Test
    void lateDuplicatedAndOutOfOrderSnapshotsKeepOnePointPerCollectedAtAndTheNewestAsLatest() {
        String channel = "li-" + UUID.randomUUID();
        UUID postId = UUID.randomUUID();
        AnalyticsEvents.postCreated("acme", postId, null, "product", List.of("launch"),
                AnalyticsEvents.Variant.text(channel, "Launch day"));
        AnalyticsEvents.postPublished("acme", postId, channel, "LINKEDIN", PUBLISHED);
        Instant first = PUBLISHED.plusSeconds(3600);
        Instant second = PUBLISHED.plusSeconds(7200);
        Instant third = PUBLISHED.plusSeconds(10800);
        AnalyticsEvents.metrics("acme", channel, "LINKEDIN", postId, third, counters(3000, 150));
        String duplicate = AnalyticsEvents.metrics("acme", channel, "LINKEDIN", postId, first, counters(1000, 40));
        AnalyticsEvents.resend(Topics.ENGAGEMENT_METRICS, channel, duplicate);
        AnalyticsEvents.metrics("acme", channel, "LINKEDIN", postId, first, counters(1100, 41));
        AnalyticsEvents.metrics("acme", channel, "LINKEDIN", postId, second, counters(2000, 90));

        await().atMost(DELIVERY).untilAsserted(() -> given().auth().oauth2(DemoUser.VERA.token())
                .when().get("/api/v1/workspaces/acme/posts/{id}/metrics", postId)
                .then().statusCode(200)
                .body("channels", hasSize(1))
                .body("channels[0].channelId", equalTo(channel))
                .body("channels[0].network", equalTo("LINKEDIN"))
                .body("channels[0].publishedAt", equalTo(PUBLISHED.toString()))
                .body("channels[0].history", hasSize(3))
                .body("channels[0].history.collectedAt", equalTo(List.of(first.toString(), second.toString(), third.toString())))
                .body("channels[0].history[0].impressions", equalTo(1000))
                .body("channels[0].latest.impressions", equalTo(3000))
                .body("channels[0].latest.engagements", equalTo(150))
                .body("channels[0].latest.rateBasis", equalTo("IMPRESSIONS"))
                .body("channels[0].latest.engagementRate", closeTo(0.05, 1e-9)));

        given().auth().oauth2(DemoUser.OSCAR.token()).when().get("/api/v1/workspaces/acme/posts/{id}/metrics", postId)
                .then().statusCode(404);
        given().auth().oauth2(DemoUser.VERA.token()).when()
                .get("/api/v1/workspaces/acme/posts/{id}/metrics", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void channelMetricsShowFollowersAndGrowthInTheWindow() {
        String channel = "x-" + UUID.randomUUID();
        AnalyticsEvents.channelConnected("acme", channel, "X", "Europe/Berlin", PUBLISHED.minusSeconds(86400 * 30));
        AnalyticsEvents.metrics("acme", channel, "X", null, Instant.parse("2025-01-31T00:00:00Z"), Map.of("followers", 1000L));
        AnalyticsEvents.metrics("acme", channel, "X", null, Instant.parse("2025-02-10T00:00:00Z"), Map.of("followers", 1100L));
        AnalyticsEvents.metrics("acme", channel, "X", null, Instant.parse("2025-02-05T00:00:00Z"), Map.of("followers", 1050L));

        await().atMost(DELIVERY).untilAsserted(() -> given().auth().oauth2(DemoUser.EDDIE.token())
                .queryParam("from", "2025-02-01T00:00:00Z").queryParam("to", "2025-03-01T00:00:00Z")
                .when().get("/api/v1/workspaces/acme/channels/{id}/metrics", channel)
                .then().statusCode(200)
                .body("zone", equalTo("Europe/Berlin"))
                .body("history.followers", equalTo(List.of(1050, 1100)))
                .body("followersAtStart", equalTo(1000))
                .body("followers", equalTo(1100))
                .body("growth", equalTo(100))
                .body("growthRate", closeTo(0.1, 1e-9)));

        given().auth().oauth2(DemoUser.EDDIE.token()).queryParam("from", "yesterday")
                .when().get("/api/v1/workspaces/acme/channels/{id}/metrics", channel)
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().auth().oauth2(DemoUser.EDDIE.token())
                .when().get("/api/v1/workspaces/acme/channels/{id}/metrics", "no-such-channel")
                .then().statusCode(404);
    }

    private static Map<String, Long> counters(long impressions, long engagements) {
        return Map.of("impressions", impressions, "likes", engagements - 10, "comments", 5L, "shares", 5L);
    }
}
