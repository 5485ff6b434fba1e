package io.sosmed.analytics.insight;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.closeTo;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.sosmed.analytics.AnalyticsEvents;
import io.sosmed.analytics.AnalyticsEvents.Variant;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import io.sosmed.testing.oidc.DemoUser;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WhatWorksApiTest {

    private static final String PATH = "/api/v1/workspaces/acme/insights/what-works";

    @BeforeAll
    static void decimals() {
        AnalyticsEvents.readDecimalsAsDoubles();
    }

    @Test
    void findsThatVideoDoublesEngagementInASeededWorkspaceHistory() {
        String channel = "ig-what-works-" + UUID.randomUUID();
        AnalyticsEvents.channelConnected("acme", channel, "INSTAGRAM", "Europe/Paris", Instant.parse("2023-01-01T00:00:00Z"));
        int posts = 60;
        for (int i = 0; i < posts; i++) {
            boolean video = i % 2 == 0;
            UUID postId = UUID.randomUUID();
            Instant published = Instant.parse("2023-03-01T06:00:00Z").plus(Duration.ofHours(11L * i));
            AnalyticsEvents.postCreated("acme", postId, null, null, List.of(),
                    new Variant(channel, "Spring look " + (i % 7), 1, video ? "VIDEO" : "IMAGE", null));
            AnalyticsEvents.postPublished("acme", postId, channel, "INSTAGRAM", published);
            long likes = (video ? 60 : 30) + (i % 5) - 2;
            AnalyticsEvents.metrics("acme", channel, "INSTAGRAM", postId, published.plus(Duration.ofDays(3)),
                    Map.of("reach", 1000L, "likes", likes));
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(DemoUser.NINA.token())
                .queryParam("from", "2023-03-01").queryParam("to", "2023-04-30").queryParam("network", "instagram")
                .when().get(PATH).then().statusCode(200).body("n", equalTo(posts)));
        given().auth().oauth2(DemoUser.NINA.token())
                .queryParam("from", "2023-03-01").queryParam("to", "2023-04-30").queryParam("network", "INSTAGRAM")
                .when().get(PATH).then().statusCode(200)
                .body("enoughData", equalTo(true))
                .body("effects.find { it.level == 'VIDEO' }.baseline", equalTo("IMAGE"))
                .body("effects.find { it.level == 'VIDEO' }.ratio", closeTo(2.0, 0.05))
                .body("effects.find { it.level == 'VIDEO' }.significant", equalTo(true))
                .body("effects.find { it.level == 'VIDEO' }.n", equalTo(posts / 2))
                .body("findings[0]", org.hamcrest.Matchers.matchesPattern(
                        "On Instagram, posts with media type video get (1\\.9\\d|2\\.0\\d)x .*"))
                .body("findings[0]", org.hamcrest.Matchers.containsString("the engagement rate of image posts (95% CI "))
                .body("findings[0]", endsWith("n=30)"));
    }

    @Test
    void refusesToClaimAnythingWithTooFewPostsAndChecksParameters() {
        given().auth().oauth2(DemoUser.NINA.token()).queryParam("from", "2020-01-01").queryParam("to", "2020-02-01")
                .when().get(PATH).then().statusCode(200)
                .body("n", equalTo(0))
                .body("enoughData", equalTo(false))
                .body("effects", hasSize(0))
                .body("findings[0]", startsWith("Not enough data: 0 measured posts"));
        given().auth().oauth2(DemoUser.NINA.token()).queryParam("network", "MYSPACE").when().get(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("network"));
        given().auth().oauth2(DemoUser.VERA.token()).when().get(PATH).then().statusCode(403);
    }
}
