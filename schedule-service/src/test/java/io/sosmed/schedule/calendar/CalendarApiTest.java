package io.sosmed.schedule.calendar;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.sosmed.schedule.network.Network;
import io.sosmed.schedule.support.TestChannels;
import io.sosmed.schedule.support.TestPosts;
import io.sosmed.testing.oidc.DemoUser;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CalendarApiTest {

    private static final String ACME = "/api/v1/workspaces/acme";

    @Inject
    TestChannels channels;

    @Test
    void calendarListsPublicationsInRangeWithStatusPerVariantAndFilters() {
        String first = channels.connect("acme", Network.MASTODON, "UTC");
        String second = channels.connect("acme", Network.BLUESKY, "UTC");
        UUID post = TestPosts.approved("acme", first, second);
        given().auth().oauth2(DemoUser.PAULA.token()).contentType(ContentType.JSON)
                .body(Map.of("postId", post.toString(), "mode", "AT", "at", "2027-10-04T09:00", "zone", "UTC"))
                .post(ACME + "/schedules").then().statusCode(201);

        given().auth().oauth2(DemoUser.VERA.token())
                .queryParam("from", "2027-10-04T00:00:00Z").queryParam("to", "2027-10-05T00:00:00Z").queryParam("channelId", second)
                .get(ACME + "/calendar").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].postId", equalTo(post.toString()))
                .body("items[0].title", equalTo("Launch"))
                .body("items[0].network", equalTo("BLUESKY"))
                .body("items[0].status", equalTo("SCHEDULED"))
                .body("items[0].scheduledAt", equalTo("2027-10-04T09:00:00Z"));
        given().auth().oauth2(DemoUser.VERA.token())
                .queryParam("from", "2027-10-05T00:00:00Z").queryParam("to", "2027-10-04T00:00:00Z")
                .get(ACME + "/calendar").then().statusCode(400).body("errors[0].field", equalTo("to"));
        given().auth().oauth2(DemoUser.VERA.token()).queryParam("to", "2027-10-04T00:00:00Z")
                .get(ACME + "/calendar").then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().auth().oauth2(DemoUser.OSCAR.token())
                .queryParam("from", "2027-10-04T00:00:00Z").queryParam("to", "2027-10-05T00:00:00Z")
                .get("/api/v1/workspaces/globex/calendar").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void icsFeedAtASecretUrlShowsTheScheduleAndRotatingRevokesTheOldUrl() {
        String channel = channels.connect("acme", Network.MASTODON, "UTC");
        UUID post = TestPosts.approved("acme", channel);
        String at = LocalDateTime.now(ZoneOffset.UTC).plusDays(3).withHour(9).withMinute(0).withSecond(0).withNano(0).toString();
        given().auth().oauth2(DemoUser.PAULA.token()).contentType(ContentType.JSON)
                .body(Map.of("postId", post.toString(), "mode", "AT", "at", at, "zone", "UTC"))
                .post(ACME + "/schedules").then().statusCode(201);

        given().auth().oauth2(DemoUser.VERA.token()).post(ACME + "/calendar/feed").then().statusCode(403);
        String path = given().auth().oauth2(DemoUser.PAULA.token()).post(ACME + "/calendar/feed").then().statusCode(200)
                .extract().path("path");
        assertThat(path).startsWith("/ics/").endsWith(".ics");

        String ics = given().get(path).then().statusCode(200).contentType("text/calendar").extract().asString();
        String start = at.replace("-", "").replace(":", "") + "00Z";
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("DTSTART:" + start)
                .contains("SUMMARY:[MASTODON] Launch (SCHEDULED)").endsWith("END:VCALENDAR\r\n");

        String rotated = given().auth().oauth2(DemoUser.ALICE.token()).post(ACME + "/calendar/feed").then().statusCode(200)
                .extract().path("path");
        assertThat(rotated).isNotEqualTo(path);
        given().get(path).then().statusCode(404);
        given().get(rotated).then().statusCode(200);
    }
}
