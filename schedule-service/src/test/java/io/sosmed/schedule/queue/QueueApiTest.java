package io.sosmed.schedule.queue;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.sosmed.platform.event.Topics;
import io.sosmed.schedule.network.Network;
import io.sosmed.schedule.support.TestChannels;
import io.sosmed.schedule.support.TestPosts;
import io.sosmed.testing.KafkaTestResource;
import io.sosmed.testing.kafka.KafkaTestClient;
import io.sosmed.testing.oidc.DemoUser;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class QueueApiTest {

    private static final String SCHEDULES = "/api/v1/workspaces/acme/schedules";

    @Inject
    TestChannels channels;

    @Test
    void queueModeTakesTheNextFreeSlotsAndReorderSwapsThem() {
        String channel = channels.connect("acme", Network.MASTODON, "UTC");
        given().auth().oauth2(DemoUser.EDDIE.token()).contentType(ContentType.JSON)
                .body(Map.of("slots", List.of(Map.of("day", "MONDAY", "time", "09:00")))).put(queue(channel))
                .then().statusCode(403);
        given().auth().oauth2(DemoUser.PAULA.token()).contentType(ContentType.JSON)
                .body(Map.of("slots", dailyAt("09:00", "15:00"))).put(queue(channel))
                .then().statusCode(200).body("zone", equalTo("UTC")).body("slots", hasSize(14));

        UUID first = TestPosts.approved("acme", channel);
        UUID second = TestPosts.approved("acme", channel);
        Instant firstAt = Instant.parse(queueSchedule(first));
        Instant secondAt = Instant.parse(queueSchedule(second));

        assertThat(firstAt).isEqualTo(nextSlotAfter(Instant.now(), LocalTime.of(9, 0), LocalTime.of(15, 0)));
        assertThat(secondAt).isEqualTo(nextSlotAfter(firstAt, LocalTime.of(9, 0), LocalTime.of(15, 0)));

        var view = given().auth().oauth2(DemoUser.VERA.token()).get(queue(channel)).then().statusCode(200)
                .body("queued", hasSize(2)).extract().jsonPath();
        List<String> ids = view.getList("queued.publicationId");
        given().auth().oauth2(DemoUser.PAULA.token()).contentType(ContentType.JSON)
                .body(Map.of("publicationIds", List.of(ids.get(0)))).post(queue(channel) + "/reorder")
                .then().statusCode(422).body("errors[0].field", equalTo("publicationIds"));
        given().auth().oauth2(DemoUser.PAULA.token()).contentType(ContentType.JSON)
                .body(Map.of("publicationIds", List.of(ids.get(1), ids.get(0)))).post(queue(channel) + "/reorder")
                .then().statusCode(200)
                .body("queued[0].postId", equalTo(second.toString()))
                .body("queued[0].scheduledAt", equalTo(firstAt.toString()))
                .body("queued[1].postId", equalTo(first.toString()))
                .body("queued[1].scheduledAt", equalTo(secondAt.toString()));

        List<String> shuffled = given().auth().oauth2(DemoUser.PAULA.token()).post(queue(channel) + "/shuffle")
                .then().statusCode(200).extract().jsonPath().getList("queued.scheduledAt");
        assertThat(shuffled).containsExactly(firstAt.toString(), secondAt.toString());
    }

    @Test
    void queueWithoutSlotsIsRefusedAndUnknownChannelsAre404() {
        String channel = channels.connect("acme", Network.MASTODON, "UTC");
        UUID post = TestPosts.approved("acme", channel);
        given().auth().oauth2(DemoUser.PAULA.token()).contentType(ContentType.JSON)
                .body(Map.of("postId", post.toString(), "mode", "QUEUE")).post(SCHEDULES)
                .then().statusCode(422).body("type", equalTo("https://sosmed.io/problems/queue-without-slots"));
        given().auth().oauth2(DemoUser.PAULA.token()).get(queue("no-such-channel")).then().statusCode(404);
        given().auth().oauth2(DemoUser.PAULA.token()).contentType(ContentType.JSON)
                .body(Map.of("slots", List.of(Map.of("day", "FUNDAY", "time", "09:00")))).put(queue(channel))
                .then().statusCode(400);
    }

    @Test
    void bestTimeUsesTheChannelsLatestBestTimesAndFallsBackToNetworkDefaults() {
        String measured = channels.connect("acme", Network.MASTODON, "UTC");
        String fresh = channels.connect("acme", Network.LINKEDIN, "UTC");
        new KafkaTestClient(KafkaTestResource.bootstrapServers()).sendCloudEvent(Topics.ENGAGEMENT_METRICS, measured, """
                {"specversion":"1.0","id":"%s","source":"/sosmed/analytics-service","type":"sosmed.best-times.updated.v1",
                 "subject":"%s","time":"%s","datacontenttype":"application/json",
                 "dataschema":"urn:sosmed:event-schema:sosmed.best-times.updated.v1","workspaceid":"acme",
                 "data":{"channelId":"%s","network":"MASTODON","zone":"Asia/Tokyo","computedAt":"%s","source":"CHANNEL",
                         "slots":[{"dayOfWeek":3,"hour":21,"score":0.9,"samples":40}]}}"""
                .formatted(UUID.randomUUID(), measured, Instant.now(), measured, Instant.now()));

        UUID post = TestPosts.approved("acme", measured, fresh);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            UUID probe = TestPosts.approved("acme", measured);
            String at = given().auth().oauth2(DemoUser.PAULA.token()).contentType(ContentType.JSON)
                    .body(Map.of("postId", probe.toString(), "mode", "BEST_TIME")).post(SCHEDULES)
                    .then().statusCode(201).extract().path("publications[0].localTime");
            assertThat(at).as("a Wednesday 21:00 in Tokyo, as UTC wall time").endsWith("T12:00:00");
        });
        var publications = given().auth().oauth2(DemoUser.PAULA.token()).contentType(ContentType.JSON)
                .body(Map.of("postId", post.toString(), "mode", "BEST_TIME")).post(SCHEDULES)
                .then().statusCode(201).extract().jsonPath();
        String linkedIn = publications.getString("publications.find { it.channelId == '" + fresh + "' }.scheduledAt");
        ZonedDateTime linkedInAt = Instant.parse(linkedIn).atZone(ZoneOffset.UTC);
        assertThat(linkedInAt.getDayOfWeek().getValue()).isBetween(2, 4);
        assertThat(linkedInAt.getHour()).isIn(8, 12);
    }

    private String queueSchedule(UUID post) {
        return given().auth().oauth2(DemoUser.PAULA.token()).contentType(ContentType.JSON)
                .body(Map.of("postId", post.toString(), "mode", "QUEUE")).post(SCHEDULES)
                .then().statusCode(201).body("mode", equalTo("QUEUE")).extract().path("publications[0].scheduledAt");
    }

    private static List<Map<String, String>> dailyAt(String... times) {
        List<Map<String, String>> slots = new ArrayList<>();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            for (String time : times) {
                slots.add(Map.of("day", day, "time", time));
            }
        }
        return slots;
    }

    private static Instant nextSlotAfter(Instant after, LocalTime... times) {
        for (LocalDate day = LocalDate.ofInstant(after, ZoneOffset.UTC); ; day = day.plusDays(1)) {
            for (LocalTime time : times) {
                Instant slot = LocalDateTime.of(day, time).toInstant(ZoneOffset.UTC);
                if (slot.isAfter(after)) {
                    return slot;
                }
            }
        }
    }

    private static String queue(String channelId) {
        return "/api/v1/workspaces/acme/channels/" + channelId + "/queue";
    }
}
