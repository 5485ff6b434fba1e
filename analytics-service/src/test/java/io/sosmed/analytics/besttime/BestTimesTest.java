package io.sosmed.analytics.besttime;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.sosmed.analytics.AnalyticsEvents;
import io.sosmed.analytics.AnalyticsEvents.Variant;
import io.sosmed.platform.event.EventSchemas;
import io.sosmed.platform.event.Topics;
import io.sosmed.testing.KafkaTestResource;
import io.sosmed.testing.kafka.KafkaTestClient;
import io.sosmed.testing.oidc.DemoUser;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Pinterest channels in acme: an established one posting on Tuesdays 09:00 Berlin time does best then; a new one
 * gets network data and says so; the established one's change is announced as best-times.updated.
 */
@QuarkusTest
class BestTimesTest {

    private static final String PATH = "/api/v1/workspaces/acme/reports/best-times";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void establishedChannelUsesItsHistoryNewChannelFallsBackToTheNetwork() throws Exception {
        String established = "pin-old-" + UUID.randomUUID();
        String fresh = "pin-new-" + UUID.randomUUID();
        AnalyticsEvents.channelConnected("acme", established, "PINTEREST", "Europe/Berlin", Instant.parse("2024-01-01T00:00:00Z"));
        AnalyticsEvents.channelConnected("acme", fresh, "PINTEREST", "America/New_York", Instant.parse("2024-01-01T00:00:00Z"));
        Instant tuesdayNineBerlin = Instant.parse("2024-07-02T07:00:00Z");
        for (int week = 0; week < 8; week++) {
            post(established, tuesdayNineBerlin.plus(Duration.ofDays(7L * week)), 200);
            post(established, tuesdayNineBerlin.plus(Duration.ofDays(7L * week + 2)).plus(Duration.ofHours(6)), 20);
        }
        post(fresh, Instant.parse("2024-09-02T14:00:00Z"), 50);

        try (KafkaTestClient.TopicReader reader = new KafkaTestClient(KafkaTestResource.bootstrapServers())
                .read(Topics.ENGAGEMENT_METRICS)) {
            await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> given().auth().oauth2(DemoUser.NINA.token())
                    .queryParam("channelId", established).when().get(PATH)
                    .then().statusCode(200)
                    .body("source", equalTo("CHANNEL"))
                    .body("channelSamples", equalTo(16))
                    .body("zone", equalTo("Europe/Berlin"))
                    .body("slots", hasSize(168))
                    .body("best[0].dayOfWeek", equalTo(2))
                    .body("best[0].hour", equalTo(9))
                    .body("best[0].samples", equalTo(8)));

            // Batches may announce the channel while its history is still arriving (source NETWORK); wait for the
            // announcement of its own history.
            JsonNode announced = await().atMost(Duration.ofSeconds(40)).until(() -> latestAnnouncement(reader, established),
                    found -> found.filter(event -> "CHANNEL".equals(event.at("/data/source").asText())).isPresent())
                    .orElseThrow();
            assertThat(EventSchemas.violations(announced)).isEmpty();
            assertThat(announced.at("/data/source").asText()).isEqualTo("CHANNEL");
            assertThat(announced.at("/data/zone").asText()).isEqualTo("Europe/Berlin");
            assertThat(announced.at("/data/slots").size()).isEqualTo(168);
        }

        given().auth().oauth2(DemoUser.NINA.token()).queryParam("channelId", fresh).when().get(PATH)
                .then().statusCode(200)
                .body("source", equalTo("NETWORK"))
                .body("channelSamples", equalTo(1))
                .body("zone", equalTo("America/New_York"));

        byte[] png = given().auth().oauth2(DemoUser.NINA.token()).accept("image/png")
                .queryParam("channelId", established).when().get(PATH)
                .then().statusCode(200).extract().asByteArray();
        assertThat(ImageIO.read(new ByteArrayInputStream(png))).isNotNull();
        String csv = given().auth().oauth2(DemoUser.NINA.token()).accept("text/csv")
                .queryParam("channelId", established).when().get(PATH).then().statusCode(200).extract().asString();
        assertThat(csv.lines().count()).isEqualTo(169);
    }

    @Test
    void channelIsRequiredAndMustExist() {
        given().auth().oauth2(DemoUser.NINA.token()).when().get(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("channelId"));
        given().auth().oauth2(DemoUser.NINA.token()).queryParam("channelId", "nope").when().get(PATH)
                .then().statusCode(404);
        given().auth().oauth2(DemoUser.VERA.token()).queryParam("channelId", "nope").when().get(PATH)
                .then().statusCode(403);
    }

    private static Optional<JsonNode> latestAnnouncement(KafkaTestClient.TopicReader reader, String channelId) {
        return reader.poll().stream()
                .filter(record -> channelId.equals(record.key()))
                .map(record -> {
                    try {
                        return JSON.readTree(record.value());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .filter(event -> "sosmed.best-times.updated.v1".equals(event.path("type").asText()))
                .reduce((first, second) -> second);
    }

    private static void post(String channel, Instant publishedAt, long engagements) {
        UUID postId = UUID.randomUUID();
        AnalyticsEvents.postCreated("acme", postId, null, null, List.of(), Variant.text(channel, "Pin " + postId));
        AnalyticsEvents.postPublished("acme", postId, channel, "PINTEREST", publishedAt);
        AnalyticsEvents.metrics("acme", channel, "PINTEREST", postId, publishedAt.plus(Duration.ofDays(2)),
                Map.of("impressions", 1000L, "likes", engagements));
    }
}
