package io.sosmed.analytics.experiment;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.sosmed.analytics.AnalyticsEvents;
import io.sosmed.analytics.AnalyticsEvents.Variant;
import io.sosmed.testing.oidc.DemoUser;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** 50 vs 60 clicks of 1,000 impressions is not significant; 50 vs 120 is (z = 5.61, p = 1.99e-8). */
@QuarkusTest
class ExperimentsApiTest {

    private static final String PATH = "/api/v1/workspaces/acme/experiments";
    private static final String CHANNEL = "li-ab-" + UUID.randomUUID();
    private static final Instant PUBLISHED = Instant.parse("2025-03-04T09:00:00Z");

    @BeforeAll
    static void decimals() {
        AnalyticsEvents.readDecimalsAsDoubles();
    }

    private static UUID variant(String text, long clicks) {
        UUID postId = UUID.randomUUID();
        AnalyticsEvents.postCreated("acme", postId, null, null, List.of(), Variant.text(CHANNEL, text));
        AnalyticsEvents.postPublished("acme", postId, CHANNEL, "LINKEDIN", PUBLISHED);
        AnalyticsEvents.metrics("acme", CHANNEL, "LINKEDIN", postId, PUBLISHED.plusSeconds(86400),
                Map.of("impressions", 1000L, "linkClicks", clicks, "likes", 30L));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(DemoUser.NINA.token())
                .when().get("/api/v1/workspaces/acme/posts/{id}/metrics", postId)
                .then().body("channels[0].latest.linkClicks", equalTo((int) clicks))
                .body("channels[0].publishedAt", notNullValue()));
        return postId;
    }

    private static Map<String, Object> experiment(String variable, UUID a, UUID b) {
        return Map.of("name", "Copy test", "variable", variable, "metric", "CLICK_THROUGH_RATE",
                "arms", List.of(Map.of("postId", a.toString(), "channelId", CHANNEL, "label", "control"),
                        Map.of("postId", b.toString(), "channelId", CHANNEL, "label", "challenger")));
    }

    private static String create(Map<String, Object> body) {
        return given().auth().oauth2(DemoUser.NINA.token()).contentType(ContentType.JSON).body(body)
                .when().post(PATH).then().statusCode(201).extract().path("id");
    }

    @Test
    void clickThroughExperimentsReachHonestVerdicts() {
        UUID control = variant("Read our guide", 50);
        UUID slightlyBetter = variant("Read our new guide today", 60);
        UUID muchBetter = variant("Grab the free guide now", 120);

        String close = create(experiment("COPY", control, slightlyBetter));
        given().auth().oauth2(DemoUser.NINA.token()).when().get(PATH + "/{id}", close)
                .then().statusCode(200)
                .body("arms[0].rate", closeTo(0.05, 1e-12))
                .body("arms[1].rate", closeTo(0.06, 1e-12))
                .body("arms[0].interval.low", closeTo(0.0382, 0.0005))
                .body("pValue", closeTo(0.32668, 1e-4))
                .body("verdict", not(equalTo("WINNER")))
                .body("moreTrialsNeeded", org.hamcrest.Matchers.greaterThan(0));

        String clear = create(experiment("COPY", control, muchBetter));
        given().auth().oauth2(DemoUser.NINA.token()).when().get(PATH + "/{id}", clear)
                .then().statusCode(200)
                .body("verdict", equalTo("WINNER"))
                .body("leader", equalTo("challenger"))
                .body("difference", closeTo(0.07, 1e-12))
                .body("pValue", closeTo(1.9932e-8, 1e-11));

        given().auth().oauth2(DemoUser.OSCAR.token()).when().get("/api/v1/workspaces/acme/experiments/{id}", clear)
                .then().statusCode(404);
        given().auth().oauth2(DemoUser.VERA.token()).when().get(PATH + "/{id}", clear).then().statusCode(403);
    }

    @Test
    void armsMustBePublishedDistinctAndDifferInTheDeclaredVariable() {
        UUID a = variant("Same text", 10);
        UUID b = variant("Other text", 12);

        given().auth().oauth2(DemoUser.NINA.token()).contentType(ContentType.JSON)
                .body(experiment("MEDIA_TYPE", a, b)).when().post(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("variable"));
        given().auth().oauth2(DemoUser.NINA.token()).contentType(ContentType.JSON)
                .body(experiment("COPY", a, UUID.randomUUID())).when().post(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("arms[1]"));
        given().auth().oauth2(DemoUser.NINA.token()).contentType(ContentType.JSON)
                .body(experiment("COPY", a, a)).when().post(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("arms[1]"));
        given().auth().oauth2(DemoUser.NINA.token()).contentType(ContentType.JSON)
                .body(Map.of("name", "x", "variable", "COPY", "metric", "ENGAGEMENT_RATE",
                        "arms", List.of(Map.of("postId", a.toString(), "channelId", CHANNEL))))
                .when().post(PATH).then().statusCode(400).body("errors[0].field", equalTo("arms"));
        given().auth().oauth2(DemoUser.VERA.token()).contentType(ContentType.JSON)
                .body(experiment("COPY", a, b)).when().post(PATH).then().statusCode(403);
    }
}
