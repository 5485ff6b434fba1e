package io.sosmed.schedule.scheduling;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.sosmed.platform.event.EventSchemas;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ScheduleApiTest {

    private static final String SCHEDULES = "/api/v1/workspaces/acme/schedules";
    private static final String NEW_YORK = "America/New_York";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    TestChannels channels;

    @Test
    void dstGapTimeIsRefusedUnlessShiftedAndTheHourAfterIsAccepted() {
        String channel = channels.connect("acme", Network.MASTODON, NEW_YORK);
        UUID post = TestPosts.approved("acme", channel);

        schedule(DemoUser.PAULA, at(post, "2027-03-14T02:30", NEW_YORK))
                .statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://sosmed.io/problems/nonexistent-local-time"))
                .body("detail", containsString("clocks jump from 02:00 to 03:00"))
                .body("errors[0].field", equalTo("at"));
        assertThat(given().auth().oauth2(DemoUser.ALICE.token()).queryParam("postId", post).get(SCHEDULES)
                .then().statusCode(200).extract().<List<?>>path("items")).isEmpty();

        schedule(DemoUser.PAULA, at(post, "2027-03-14T03:30", NEW_YORK))
                .statusCode(201)
                .body("publications", hasSize(1))
                .body("publications[0].scheduledAt", equalTo("2027-03-14T07:30:00Z"))
                .body("publications[0].channelId", equalTo(channel))
                .body("publications[0].status", equalTo("SCHEDULED"));
    }

    @Test
    void dstGapShiftIsAppliedAndReported() {
        String channel = channels.connect("acme", Network.MASTODON, NEW_YORK);
        UUID post = TestPosts.approved("acme", channel);
        Map<String, Object> body = new java.util.HashMap<>(at(post, "2027-03-14T02:30", NEW_YORK));
        body.put("dstGap", "SHIFT");

        schedule(DemoUser.ALICE, body).statusCode(201)
                .body("publications[0].scheduledAt", equalTo("2027-03-14T07:30:00Z"))
                .body("notes[0].kind", equalTo("DST_GAP_SHIFTED"));
    }

    @Test
    void ambiguousTimeIsResolvedToTheEarlierOffsetAndReported() {
        String channel = channels.connect("acme", Network.MASTODON, NEW_YORK);
        UUID post = TestPosts.approved("acme", channel);

        schedule(DemoUser.PAULA, at(post, "2027-11-07T01:30", NEW_YORK)).statusCode(201)
                .body("publications[0].scheduledAt", equalTo("2027-11-07T05:30:00Z"))
                .body("notes[0].kind", equalTo("DST_OVERLAP_RESOLVED"))
                .body("notes[0].message", containsString("dstOverlap LATER"));
    }

    @Test
    void timeInThePastIsRefused() {
        String channel = channels.connect("acme", Network.MASTODON, "Asia/Jakarta");
        UUID post = TestPosts.approved("acme", channel);

        schedule(DemoUser.PAULA, at(post, "2020-01-01T09:00", "Asia/Jakarta"))
                .statusCode(422).body("type", equalTo("https://sosmed.io/problems/time-in-past"))
                .body("errors[0].field", equalTo("at"));
    }

    @Test
    void onlyApprovedPostsOrPostsOutsideTheApprovalPolicyCanBeScheduled() {
        String channel = channels.connect("acme", Network.MASTODON, "Asia/Jakarta");
        UUID inReview = TestPosts.post("acme", "IN_REVIEW", true, channel);
        UUID draftWithoutPolicy = TestPosts.post("acme", "DRAFT", false, channel);

        schedule(DemoUser.PAULA, at(inReview, "2027-01-05T09:00", "Asia/Jakarta"))
                .statusCode(409).body("type", equalTo("https://sosmed.io/problems/post-not-approved"));
        schedule(DemoUser.PAULA, at(draftWithoutPolicy, "2027-01-05T09:00", "Asia/Jakarta"))
                .statusCode(201).body("publications[0].scheduledAt", equalTo("2027-01-05T02:00:00Z"));
    }

    @Test
    void deletedAndUnknownPostsAreRefused() {
        String channel = channels.connect("acme", Network.MASTODON, "UTC");
        UUID post = TestPosts.approved("acme", channel);
        TestPosts.delete("acme", post);

        schedule(DemoUser.PAULA, at(post, "2027-01-05T09:00", "UTC"))
                .statusCode(409).body("type", equalTo("https://sosmed.io/problems/post-deleted"));
        schedule(DemoUser.PAULA, at(UUID.randomUUID(), "2027-01-05T09:00", "UTC")).statusCode(404);
    }

    @Test
    void onlyPublishersAndAdminsScheduleAndOtherWorkspacesSeeNothing() {
        String channel = channels.connect("acme", Network.MASTODON, "UTC");
        UUID post = TestPosts.approved("acme", channel);

        schedule(DemoUser.EDDIE, at(post, "2027-01-05T09:00", "UTC")).statusCode(403);
        schedule(DemoUser.VERA, at(post, "2027-01-05T09:00", "UTC")).statusCode(403);
        String id = schedule(DemoUser.PAULA, at(post, "2027-01-05T09:00", "UTC")).statusCode(201).extract().path("id");

        given().auth().oauth2(DemoUser.VERA.token()).get(SCHEDULES + "/" + id).then().statusCode(200)
                .body("postId", equalTo(post.toString()));
        given().auth().oauth2(DemoUser.OSCAR.token()).get("/api/v1/workspaces/globex/schedules/" + id).then().statusCode(404);
        given().auth().oauth2(DemoUser.OSCAR.token()).get(SCHEDULES + "/" + id).then().statusCode(404);
    }

    @Test
    void channelsDefaultToThePostVariantsAndUnknownChannelsAreNamed() {
        String first = channels.connect("acme", Network.MASTODON, "UTC");
        String second = channels.connect("acme", Network.BLUESKY, "UTC");
        UUID post = TestPosts.approved("acme", first, second);

        schedule(DemoUser.PAULA, at(post, "2027-02-01T10:00", "UTC")).statusCode(201)
                .body("publications.channelId", org.hamcrest.Matchers.containsInAnyOrder(first, second));

        Map<String, Object> body = new java.util.HashMap<>(at(post, "2027-02-02T10:00", "UTC"));
        body.put("channelIds", List.of(first, "not-a-variant"));
        schedule(DemoUser.PAULA, body).statusCode(422)
                .body("errors[0].field", equalTo("channelIds[1]"))
                .body("errors[0].message", containsString("no variant"));
    }

    @Test
    void badInputIsA400NamingTheField() {
        String channel = channels.connect("acme", Network.MASTODON, "UTC");
        UUID post = TestPosts.approved("acme", channel);

        schedule(DemoUser.PAULA, Map.of("postId", post.toString(), "mode", "AT", "zone", "UTC"))
                .statusCode(400).body("errors[0].field", equalTo("at"));
        schedule(DemoUser.PAULA, at(post, "2027-01-05T09:00", "Mars/Olympus"))
                .statusCode(400).body("errors[0].field", equalTo("zone"));
        schedule(DemoUser.PAULA, Map.of("postId", post.toString(), "mode", "LATER"))
                .statusCode(400).body("detail", containsString("allowed"));
        Map<String, Object> unbounded = new java.util.HashMap<>(at(post, "2027-01-05T09:00", "UTC"));
        unbounded.put("recurrence", "RRULE:FREQ=WEEKLY;BYDAY=MO");
        schedule(DemoUser.PAULA, unbounded).statusCode(400).body("errors[0].field", equalTo("recurrence"));
    }

    @Test
    void recurringScheduleCreatesOnePublicationPerOccurrenceAndKeepsWallClockAcrossDst() {
        String channel = channels.connect("acme", Network.MASTODON, NEW_YORK);
        UUID post = TestPosts.approved("acme", channel);
        Map<String, Object> body = new java.util.HashMap<>(at(post, "2027-03-08T09:00", NEW_YORK));
        body.put("recurrence", "RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=3");

        schedule(DemoUser.PAULA, body).statusCode(201)
                .body("recurrence", equalTo("FREQ=WEEKLY;BYDAY=MO;COUNT=3"))
                .body("publications.scheduledAt", org.hamcrest.Matchers.contains(
                        "2027-03-08T14:00:00Z", "2027-03-15T13:00:00Z", "2027-03-22T13:00:00Z"))
                .body("publications.localTime", org.hamcrest.Matchers.everyItem(containsString("T09:00")));
    }

    @Test
    void evergreenRepeatsWaitTheMinimumGapOnTheSameChannel() {
        String channel = channels.connect("acme", Network.MASTODON, "UTC");
        UUID post = TestPosts.approved("acme", channel);
        Map<String, Object> body = new java.util.HashMap<>(at(post, "2027-04-01T09:00", "UTC"));
        body.put("recurrence", "RRULE:FREQ=DAILY;COUNT=5");
        body.put("minimumGap", "P2D");

        schedule(DemoUser.PAULA, body).statusCode(201)
                .body("publications.scheduledAt", org.hamcrest.Matchers.contains(
                        "2027-04-01T09:00:00Z", "2027-04-03T09:00:00Z", "2027-04-05T09:00:00Z"))
                .body("notes.kind", org.hamcrest.Matchers.hasItem("OCCURRENCE_TOO_CLOSE_SKIPPED"));
    }

    @Test
    void rescheduleMovesPendingPublicationsAndEmitsRescheduled() throws Exception {
        String channel = channels.connect("acme", Network.MASTODON, "Europe/Paris");
        UUID post = TestPosts.approved("acme", channel);
        try (KafkaTestClient.TopicReader lifecycle = kafka().read(Topics.POST_LIFECYCLE)) {
            String id = schedule(DemoUser.PAULA, at(post, "2027-06-01T09:00", "Europe/Paris")).statusCode(201)
                    .extract().path("id");

            given().auth().oauth2(DemoUser.PAULA.token()).contentType(ContentType.JSON)
                    .body(Map.of("at", "2027-06-02T18:15")).patch(SCHEDULES + "/" + id)
                    .then().statusCode(200)
                    .body("publications", hasSize(1))
                    .body("publications[0].scheduledAt", equalTo("2027-06-02T16:15:00Z"));

            JsonNode scheduled = awaitEvent(lifecycle, post, "sosmed.post.scheduled.v1");
            assertThat(scheduled.at("/data/scheduledAt").asText()).isEqualTo("2027-06-01T07:00:00Z");
            assertThat(scheduled.at("/data/mode").asText()).isEqualTo("AT");
            assertThat(scheduled.at("/data/channelIds/0").asText()).isEqualTo(channel);
            JsonNode rescheduled = awaitEvent(lifecycle, post, "sosmed.post.rescheduled.v1");
            assertThat(rescheduled.at("/data/previousScheduledAt").asText()).isEqualTo("2027-06-01T07:00:00Z");
            assertThat(rescheduled.at("/data/scheduledAt").asText()).isEqualTo("2027-06-02T16:15:00Z");
        }
    }

    @Test
    void unscheduleStopsPendingPublicationsOnce() throws Exception {
        String channel = channels.connect("acme", Network.MASTODON, "UTC");
        UUID post = TestPosts.approved("acme", channel);
        try (KafkaTestClient.TopicReader lifecycle = kafka().read(Topics.POST_LIFECYCLE)) {
            String id = schedule(DemoUser.PAULA, at(post, "2027-06-01T09:00", "UTC")).statusCode(201).extract().path("id");

            given().auth().oauth2(DemoUser.EDDIE.token()).delete(SCHEDULES + "/" + id).then().statusCode(403);
            given().auth().oauth2(DemoUser.PAULA.token()).delete(SCHEDULES + "/" + id).then().statusCode(204);
            given().auth().oauth2(DemoUser.PAULA.token()).delete(SCHEDULES + "/" + id).then().statusCode(409);
            given().auth().oauth2(DemoUser.VERA.token()).get(SCHEDULES + "/" + id).then().statusCode(200)
                    .body("status", equalTo("UNSCHEDULED")).body("publications[0].status", equalTo("UNSCHEDULED"));

            JsonNode unscheduled = awaitEvent(lifecycle, post, "sosmed.post.unscheduled.v1");
            assertThat(unscheduled.at("/data/reason").asText()).isEqualTo("USER");
            assertThat(unscheduled.at("/data/by").asText()).isEqualTo(DemoUser.PAULA.subject());
        }
    }

    @Test
    void bulkShiftMovesOnlyMatchingPendingPublicationsAndRefusesThePast() {
        String shifted = channels.connect("acme", Network.MASTODON, "UTC");
        String untouched = channels.connect("acme", Network.MASTODON, "UTC");
        UUID post = TestPosts.approved("acme", shifted, untouched);
        String id = schedule(DemoUser.PAULA, at(post, "2027-07-01T09:00", "UTC")).statusCode(201).extract().path("id");

        given().auth().oauth2(DemoUser.PAULA.token()).contentType(ContentType.JSON)
                .body(Map.of("by", "-P5000D", "filter", Map.of("channelId", shifted)))
                .post(SCHEDULES + "/shift").then().statusCode(422).body("type", equalTo("https://sosmed.io/problems/time-in-past"));
        given().auth().oauth2(DemoUser.PAULA.token()).contentType(ContentType.JSON)
                .body(Map.of("by", "PT2H30M", "filter", Map.of("channelId", shifted, "from", "2027-07-01T00:00:00Z",
                        "to", "2027-07-02T00:00:00Z")))
                .post(SCHEDULES + "/shift").then().statusCode(200).body("shifted", equalTo(1))
                .body("scheduleIds[0]", equalTo(id));

        var publications = given().auth().oauth2(DemoUser.VERA.token()).get(SCHEDULES + "/" + id).then().statusCode(200)
                .extract().jsonPath();
        assertThat(publications.getString("publications.find { it.channelId == '" + shifted + "' }.scheduledAt"))
                .isEqualTo("2027-07-01T11:30:00Z");
        assertThat(publications.getString("publications.find { it.channelId == '" + untouched + "' }.scheduledAt"))
                .isEqualTo("2027-07-01T09:00:00Z");
    }

    static Map<String, Object> at(UUID postId, String at, String zone) {
        return Map.of("postId", postId.toString(), "mode", "AT", "at", at, "zone", zone);
    }

    static ValidatableResponse schedule(DemoUser user, Map<String, Object> body) {
        return given().auth().oauth2(user.token()).contentType(ContentType.JSON).body(body).post(SCHEDULES).then();
    }

    static KafkaTestClient kafka() {
        return new KafkaTestClient(KafkaTestResource.bootstrapServers());
    }

    /** The topic also carries the poison messages the consumer contract test sends; they are not events. */
    private static JsonNode parseOrNull(String value) {
        try {
            return JSON.readTree(value);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    static JsonNode awaitEvent(KafkaTestClient.TopicReader reader, UUID postId, String type) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            for (var record : reader.poll()) {
                JsonNode event = parseOrNull(record.value());
                if (event == null) {
                    continue;
                }
                if (type.equals(event.path("type").asText()) && postId.toString().equals(event.at("/data/postId").asText())) {
                    found[0] = event;
                    return true;
                }
            }
            return false;
        });
        assertThat(EventSchemas.violations(found[0])).as("schema of " + type).isEmpty();
        return found[0];
    }
}
