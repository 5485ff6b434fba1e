package io.sosmed.analytics.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.sosmed.analytics.AnalyticsEvents;
import io.sosmed.analytics.AnalyticsEvents.Variant;
import io.sosmed.testing.oidc.DemoUser;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Seeds May 2024 in acme with four published variants and checks the overview against their sums. */
@QuarkusTest
class OverviewReportTest {

    private static final String PATH = "/api/v1/workspaces/acme/reports/overview";
    private static final String FROM = "2024-05-01T00:00:00Z";
    private static final String TO = "2024-06-01T00:00:00Z";
    private static final String X_CHANNEL = "x-report-" + UUID.randomUUID();
    private static final String IG_CHANNEL = "ig-report-" + UUID.randomUUID();
    private static final String CAMPAIGN = UUID.randomUUID().toString();
    private static boolean seeded;

    @BeforeAll
    static void decimals() {
        AnalyticsEvents.readDecimalsAsDoubles();
    }

    private static synchronized void seed() {
        if (seeded) {
            return;
        }
        AnalyticsEvents.campaignSaved("acme", CAMPAIGN, "Spring launch", "1000.00", "EUR", 1);
        AnalyticsEvents.channelConnected("acme", X_CHANNEL, "X", "Europe/Berlin", Instant.parse("2024-01-01T00:00:00Z"));
        AnalyticsEvents.channelConnected("acme", IG_CHANNEL, "INSTAGRAM", "UTC", Instant.parse("2024-01-01T00:00:00Z"));
        publish(X_CHANNEL, "X", "2024-05-02T10:00:00Z", CAMPAIGN, List.of("launch"), Map.of("impressions", 1000L, "likes", 40L, "comments", 10L, "linkClicks", 20L));
        publish(X_CHANNEL, "X", "2024-05-03T10:00:00Z", null, List.of(), Map.of("impressions", 2000L, "likes", 20L, "linkClicks", 10L));
        publish(IG_CHANNEL, "INSTAGRAM", "2024-05-03T18:00:00Z", CAMPAIGN, List.of("launch", "video"), Map.of("reach", 500L, "likes", 45L, "saves", 5L));
        publish(IG_CHANNEL, "INSTAGRAM", "2024-05-10T18:00:00Z", null, List.of("video"), Map.of("reach", 400L, "likes", 4L));
        AnalyticsEvents.metrics("acme", X_CHANNEL, "X", null, Instant.parse("2024-04-30T00:00:00Z"), Map.of("followers", 5000L));
        AnalyticsEvents.metrics("acme", X_CHANNEL, "X", null, Instant.parse("2024-05-30T00:00:00Z"), Map.of("followers", 5300L));
        seeded = true;
    }

    private static void publish(String channel, String network, String at, String campaign, List<String> tags,
            Map<String, Long> counters) {
        UUID postId = UUID.randomUUID();
        AnalyticsEvents.postCreated("acme", postId, campaign, "product", tags, Variant.text(channel, "Hello " + postId));
        AnalyticsEvents.postPublished("acme", postId, channel, network, Instant.parse(at));
        AnalyticsEvents.metrics("acme", channel, network, postId, Instant.parse(at).plusSeconds(86400), counters);
    }

    private static Response overview(String groupBy, String accept) {
        return given().auth().oauth2(DemoUser.NINA.token()).accept(accept)
                .queryParam("from", FROM).queryParam("to", TO).queryParam("groupBy", groupBy)
                .when().get(PATH);
    }

    private static void awaitSeeded() {
        seed();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> overview("network", "application/json")
                .then().statusCode(200).body("totals.measuredPosts", equalTo(4))
                .body("followerGrowth.find { it.channelId == '" + X_CHANNEL + "' }.growth", equalTo(300)));
    }

    @Test
    void totalsAndGroupsEqualTheSumsOfTheSeededSnapshots() {
        awaitSeeded();

        overview("network", "application/json").then().statusCode(200)
                .body("totals.posts", equalTo(4))
                .body("totals.impressions", equalTo(3000))
                .body("totals.engagements", equalTo(50 + 20 + 50 + 4))
                .body("totals.linkClicks", equalTo(30))
                .body("totals.engagementRate", closeTo(124.0 / 3900, 1e-9))
                .body("totals.clickThroughRate", closeTo(30.0 / 3000, 1e-9))
                .body("groups.key", equalTo(List.of("INSTAGRAM", "X")))
                .body("groups[0].totals.engagementRate", closeTo(54.0 / 900, 1e-9))
                .body("groups[1].totals.engagementRate", closeTo(70.0 / 3000, 1e-9))
                .body("topPosts[0].engagementRate", closeTo(0.1, 1e-9))
                .body("bottomPosts[0].engagementRate", closeTo(0.01, 1e-9))
                .body("volume", hasSize(3))
                .body("volume[1].date", equalTo("2024-05-03"))
                .body("volume[1].posts", equalTo(2));

        overview("campaign", "application/json").then().statusCode(200)
                .body("groups.find { it.key == '" + CAMPAIGN + "' }.label", equalTo("Spring launch"))
                .body("groups.find { it.key == '" + CAMPAIGN + "' }.totals.posts", equalTo(2))
                .body("groups.find { it.key == '(none)' }.totals.posts", equalTo(2));
        overview("tag", "application/json").then().statusCode(200)
                .body("groups.find { it.key == 'video' }.totals.engagements", equalTo(54))
                .body("groups.find { it.key == 'launch' }.totals.engagements", equalTo(100));
    }

    @Test
    void groupsFollowLaterChangesToPostsWhateverOrderTheEventsArriveIn() {
        String channel = "li-report-" + UUID.randomUUID();
        Instant at = Instant.parse("2022-07-10T10:00:00Z");
        UUID early = UUID.randomUUID();
        AnalyticsEvents.metrics("acme", channel, "LINKEDIN", early, at.plusSeconds(3600), Map.of("impressions", 100L, "likes", 10L));
        AnalyticsEvents.postCreated("acme", early, null, "education", List.of(), Variant.text(channel, "Early metrics"));
        AnalyticsEvents.postPublished("acme", early, channel, "LINKEDIN", at);
        UUID moved = UUID.randomUUID();
        AnalyticsEvents.postCreated("acme", moved, null, "product", List.of(), Variant.text(channel, "Moved"));
        AnalyticsEvents.postPublished("acme", moved, channel, "LINKEDIN", at.plusSeconds(60));
        AnalyticsEvents.metrics("acme", channel, "LINKEDIN", moved, at.plusSeconds(3600), Map.of("impressions", 200L, "likes", 30L));
        AnalyticsEvents.postUpdated("acme", moved, 2, null, "community", List.of(), Variant.text(channel, "Moved"));
        UUID deleted = UUID.randomUUID();
        AnalyticsEvents.postCreated("acme", deleted, null, "education", List.of(), Variant.text(channel, "Deleted"));
        AnalyticsEvents.postPublished("acme", deleted, channel, "LINKEDIN", at.plusSeconds(120));
        AnalyticsEvents.metrics("acme", channel, "LINKEDIN", deleted, at.plusSeconds(3600), Map.of("impressions", 900L, "likes", 90L));
        AnalyticsEvents.postDeleted("acme", deleted, at.plusSeconds(7200));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(DemoUser.NINA.token())
                .queryParam("from", "2022-07-01").queryParam("to", "2022-07-31").queryParam("groupBy", "pillar")
                .when().get(PATH).then().statusCode(200)
                .body("totals.posts", equalTo(2))
                .body("totals.impressions", equalTo(300))
                .body("groups.key", equalTo(List.of("community", "education")))
                .body("groups[0].totals.engagements", equalTo(30))
                .body("groups[1].totals.engagements", equalTo(10))
                .body("topPosts.postId", equalTo(List.of(moved.toString(), early.toString())))
                .body("bottomPosts.postId", equalTo(List.of(early.toString(), moved.toString()))));
    }

    @Test
    void csvHasOneRowPerGroup() throws Exception {
        awaitSeeded();

        String csv = overview("network", "text/csv").then().statusCode(200).contentType("text/csv").extract().asString();
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(csv)).getRecords();
        assertThat(records).hasSize(2);
        assertThat(records.get(1).get("key")).isEqualTo("X");
        assertThat(records.get(1).get("engagements")).isEqualTo("70");
        assertThat(Double.parseDouble(records.get(1).get("engagementRate"))).isCloseTo(70.0 / 3000, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void chartsAreRealImages() throws Exception {
        awaitSeeded();

        byte[] png = overview("network", "image/png").then().statusCode(200).contentType("image/png").extract().asByteArray();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(720);

        byte[] timeline = given().auth().oauth2(DemoUser.NINA.token()).accept("image/png")
                .queryParam("from", FROM).queryParam("to", TO).queryParam("chart", "timeline")
                .when().get(PATH).then().statusCode(200).extract().asByteArray();
        assertThat(ImageIO.read(new ByteArrayInputStream(timeline))).isNotNull();

        String svg = new String(overview("network", "image/svg+xml").then().statusCode(200)
                .contentType("image/svg+xml").extract().asByteArray(), StandardCharsets.UTF_8);
        assertThat(svg).contains("<svg").contains("</svg>");
    }

    @Test
    void onlyAnalystsAndAdminsReadReportsAndBadParametersAre400() {
        given().auth().oauth2(DemoUser.VERA.token()).when().get(PATH).then().statusCode(403);
        given().auth().oauth2(DemoUser.EDDIE.token()).when().get(PATH).then().statusCode(403);
        given().auth().oauth2(DemoUser.ALICE.token()).when().get(PATH).then().statusCode(200);
        given().auth().oauth2(DemoUser.OSCAR.token()).when().get(PATH).then().statusCode(404);
        given().auth().oauth2(DemoUser.NINA.token()).queryParam("groupBy", "weather").when().get(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("groupBy"));
        given().auth().oauth2(DemoUser.NINA.token()).queryParam("zone", "Mars/Olympus").when().get(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("zone"));
        given().auth().oauth2(DemoUser.NINA.token()).queryParam("from", "2024-06-01").queryParam("to", "2024-05-01")
                .when().get(PATH).then().statusCode(400).body("errors[0].field", equalTo("from"));
    }
}
