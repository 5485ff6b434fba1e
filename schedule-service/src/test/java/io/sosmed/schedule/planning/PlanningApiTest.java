package io.sosmed.schedule.planning;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.sosmed.platform.event.Topics;
import io.sosmed.schedule.network.Network;
import io.sosmed.schedule.support.TestChannels;
import io.sosmed.testing.KafkaTestResource;
import io.sosmed.testing.kafka.KafkaTestClient;
import io.sosmed.testing.oidc.DemoUser;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Planning reports over real schedules: the pillar mix against the target content-service announced
 * ({@code sosmed.pillars.saved.v1}, older versions ignored) and the weekly capacity of two channels' queues.
 */
@QuarkusTest
class PlanningApiTest {

    private static final String ACME = "/api/v1/workspaces/acme";

    @Inject
    TestChannels channels;

    @Inject
    WorkspacePillarsProjection projection;

    @Test
    void mixAndCapacityOfAPlannedWeek() {
        long version = System.currentTimeMillis();
        sendPillars("acme", version, """
                [{"key":"education","name":"Education","targetPercent":50},{"key":"product","name":"Product","targetPercent":30},
                 {"key":"promotion","name":"Promotion","targetPercent":20},{"key":"community","name":"Community","targetPercent":null}]""");
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Object stored = given().auth().oauth2(DemoUser.VERA.token()).queryParam("from", "2030-01-01")
                    .queryParam("to", "2030-01-01").get(ACME + "/planning/mix").then().statusCode(200)
                    .extract().path("targetVersion");
            return String.valueOf(version).equals(String.valueOf(stored));
        });
        boolean older = QuarkusTransaction.requiringNew().call(() -> projection.apply("acme",
                new PillarsSaved(version - 1, Instant.now(), List.of(new PillarTarget("education", "Education", 100)))));
        assertThat(older).isFalse();

        LocalDate monday = LocalDate.of(2031, 1, 6).plusWeeks(ThreadLocalRandom.current().nextInt(500));
        String busy = channels.connect("acme", Network.MASTODON, "UTC");
        String calm = channels.connect("acme", Network.BLUESKY, "UTC");
        List<Map<String, String>> weekdays = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY").stream()
                .map(day -> Map.of("day", day, "time", "09:00")).toList();
        for (String channel : List.of(busy, calm)) {
            given().auth().oauth2(DemoUser.PAULA.token()).contentType(ContentType.JSON).body(Map.of("slots", weekdays))
                    .put(ACME + "/channels/" + channel + "/queue").then().statusCode(200);
        }
        schedule(post("education", busy), monday.atTime(10, 0) + "");
        schedule(post("education", busy), monday.plusDays(1).atTime(10, 0) + "");
        schedule(post("product", busy), monday.plusDays(2).atTime(10, 0) + "");
        schedule(post("legacy", busy), monday.plusDays(3).atTime(10, 0) + "");
        schedule(post(null, busy), monday.plusDays(6).atTime(23, 59) + "");
        String withdrawn = schedule(post("promotion", busy), monday.plusDays(4).atTime(10, 0) + "");
        given().auth().oauth2(DemoUser.PAULA.token()).delete(ACME + "/schedules/" + withdrawn).then().statusCode(204);
        schedule(post("education", calm), monday.plusDays(1).atTime(12, 0) + "");
        schedule(post("education", calm), monday.plusDays(7).atTime(12, 0) + "");

        given().auth().oauth2(DemoUser.VERA.token()).queryParam("from", monday.toString())
                .queryParam("to", monday.plusDays(6).toString()).get(ACME + "/planning/mix").then().statusCode(200)
                .body("totalVariants", equalTo(6))
                .body("targetVersion", equalTo(version))
                .body("pillars.pillar", contains("education", "product", "promotion", "community", "legacy"))
                .body("pillars[0].count", equalTo(3)).body("pillars[0].share", equalTo(50.0f))
                .body("pillars[0].targetShare", equalTo(50)).body("pillars[0].difference", equalTo(0.0f))
                .body("pillars[1].share", equalTo(16.7f)).body("pillars[1].difference", equalTo(-13.3f))
                .body("pillars[2].count", equalTo(0)).body("pillars[2].difference", equalTo(-20.0f))
                .body("pillars[3].targetShare", nullValue()).body("pillars[3].difference", nullValue())
                .body("pillars[4].name", nullValue()).body("pillars[4].count", equalTo(1))
                .body("unassigned.count", equalTo(1)).body("unassigned.share", equalTo(16.7f));
        given().auth().oauth2(DemoUser.VERA.token()).queryParam("from", monday.toString())
                .queryParam("to", monday.plusDays(6).toString()).queryParam("channelId", calm)
                .get(ACME + "/planning/mix").then().statusCode(200)
                .body("totalVariants", equalTo(1)).body("pillars[0].share", equalTo(100.0f));

        given().auth().oauth2(DemoUser.NINA.token()).queryParam("weekOf", monday.plusDays(3).toString())
                .get(ACME + "/planning/capacity").then().statusCode(200)
                .body("weekStart", equalTo(monday.toString())).body("warningPercent", equalTo(80))
                .body("channels.find { it.channelId == '%s' }.slotsAvailable".formatted(busy), equalTo(5))
                .body("channels.find { it.channelId == '%s' }.planned".formatted(busy), equalTo(5))
                .body("channels.find { it.channelId == '%s' }.committedShare".formatted(busy), equalTo(100.0f))
                .body("channels.find { it.channelId == '%s' }.overCommitted".formatted(busy), equalTo(true))
                .body("channels.find { it.channelId == '%s' }.planned".formatted(calm), equalTo(1))
                .body("channels.find { it.channelId == '%s' }.free".formatted(calm), equalTo(4))
                .body("channels.find { it.channelId == '%s' }.overCommitted".formatted(calm), equalTo(false))
                .body("channels.find { it.channelId == '%s' }.warning".formatted(calm), nullValue());
        given().auth().oauth2(DemoUser.NINA.token()).queryParam("weekOf", monday.toString()).queryParam("channelId", calm)
                .get(ACME + "/planning/capacity").then().statusCode(200)
                .body("channels", hasSize(1)).body("channels[0].committedShare", equalTo(20.0f))
                .body("channels[0].weekStart", equalTo(monday + "T00:00:00Z"))
                .body("totals.slotsAvailable", equalTo(5)).body("totals.overCommitted", equalTo(false));

        given().auth().oauth2(DemoUser.OSCAR.token()).queryParam("from", monday.toString())
                .queryParam("to", monday.plusDays(6).toString()).get("/api/v1/workspaces/globex/planning/mix")
                .then().statusCode(200).body("totalVariants", equalTo(0)).body("targetVersion", nullValue());
        given().auth().oauth2(DemoUser.OSCAR.token()).queryParam("weekOf", monday.toString()).queryParam("channelId", busy)
                .get("/api/v1/workspaces/globex/planning/capacity").then().statusCode(404);
    }

    @Test
    void badParametersAre400NamingTheField() {
        given().auth().oauth2(DemoUser.VERA.token()).get(ACME + "/planning/capacity")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("weekOf"));
        given().auth().oauth2(DemoUser.VERA.token()).queryParam("weekOf", "next week").get(ACME + "/planning/capacity")
                .then().statusCode(400).body("errors[0].field", equalTo("weekOf"));
        given().auth().oauth2(DemoUser.VERA.token()).queryParam("to", "2031-01-01").get(ACME + "/planning/mix")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().auth().oauth2(DemoUser.VERA.token()).queryParam("from", "2031-02-01").queryParam("to", "2031-01-01")
                .get(ACME + "/planning/mix").then().statusCode(400).body("errors[0].field", equalTo("to"));
        given().auth().oauth2(DemoUser.VERA.token()).queryParam("from", "2031-01-01").queryParam("to", "2033-01-01")
                .get(ACME + "/planning/mix").then().statusCode(400).body("errors[0].field", equalTo("to"));
        given().auth().oauth2(DemoUser.VERA.token()).queryParam("from", "2031-01-01").queryParam("to", "2031-01-02")
                .queryParam("zone", "Mars/Olympus").get(ACME + "/planning/mix").then().statusCode(400)
                .body("errors[0].field", equalTo("zone"));
        given().queryParam("weekOf", "2031-01-01").get(ACME + "/planning/capacity").then().statusCode(401);
    }

    private String schedule(UUID post, String at) {
        return given().auth().oauth2(DemoUser.PAULA.token()).contentType(ContentType.JSON)
                .body(Map.of("postId", post.toString(), "mode", "AT", "at", at, "zone", "UTC"))
                .post(ACME + "/schedules").then().statusCode(201).extract().path("id");
    }

    /** An approved post of acme in the pillar (none when null) with one variant on the channel, once schedule-service has it. */
    private static UUID post(String pillar, String channel) {
        UUID postId = UUID.randomUUID();
        String now = Instant.now().toString();
        String data = """
                {"postId":"%s","title":"Plan","status":"APPROVED","authorId":"user-eddie","tags":[],"createdAt":"%s",
                 "updatedAt":"%s","version":1,"pillar":%s,"approvalRequired":true,"approvedBy":"user-avery","approvedAt":"%s",
                 "variants":[{"channelId":"%s","text":"Planned","mediaIds":[],"firstComment":null,"link":null}]}"""
                .formatted(postId, now, now, pillar == null ? "null" : "\"" + pillar + "\"", now, channel);
        kafka().sendCloudEvent(Topics.POST_LIFECYCLE, postId.toString(),
                envelope("sosmed.post.approved.v1", "acme", postId.toString(), data));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(DemoUser.ALICE.token())
                .get(ACME + "/posts/" + postId).statusCode() == 200);
        return postId;
    }

    private static void sendPillars(String workspaceId, long version, String pillars) {
        String data = "{\"version\":%d,\"savedAt\":\"%s\",\"pillars\":%s}".formatted(version, Instant.now(), pillars);
        kafka().sendCloudEvent(Topics.WORKSPACE_EVENTS, workspaceId, envelope("sosmed.pillars.saved.v1", workspaceId, workspaceId, data));
    }

    private static String envelope(String type, String workspaceId, String subject, String data) {
        return """
                {"specversion":"1.0","id":"%s","source":"/sosmed/content-service","type":"%s","subject":"%s","time":"%s",
                 "datacontenttype":"application/json","dataschema":"urn:sosmed:event-schema:%s","workspaceid":"%s","data":%s}"""
                .formatted(UUID.randomUUID(), type, subject, Instant.now(), type, workspaceId, data);
    }

    private static KafkaTestClient kafka() {
        return new KafkaTestClient(KafkaTestResource.bootstrapServers());
    }
}
