package io.sosmed.schedule.scheduling;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.sosmed.platform.event.Topics;
import io.sosmed.schedule.network.Network;
import io.sosmed.schedule.support.TestChannels;
import io.sosmed.schedule.support.TestPosts;
import io.sosmed.testing.kafka.KafkaTestClient;
import io.sosmed.testing.oidc.DemoUser;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PostChangesUnscheduleTest {

    private static final String SCHEDULES = "/api/v1/workspaces/acme/schedules/";

    @Inject
    TestChannels channels;

    @Test
    void editingAScheduledPostUnschedulesItWithReasonPostEdited() {
        String channel = channels.connect("acme", Network.MASTODON, "UTC");
        UUID post = TestPosts.approved("acme", channel);
        try (KafkaTestClient.TopicReader lifecycle = ScheduleApiTest.kafka().read(Topics.POST_LIFECYCLE)) {
            String id = ScheduleApiTest.schedule(DemoUser.PAULA, ScheduleApiTest.at(post, "2027-09-01T09:00", "UTC"))
                    .statusCode(201).extract().path("id");
            TestPosts.edit("acme", post, 2, channel);

            awaitStatus(id, "UNSCHEDULED");
            JsonNode event = ScheduleApiTest.awaitEvent(lifecycle, post, "sosmed.post.unscheduled.v1");
            assertThat(event.at("/data/reason").asText()).isEqualTo("POST_EDITED");
            assertThat(event.at("/data/scheduleId").asText()).isEqualTo(id);
            assertThat(event.at("/data/channelIds/0").asText()).isEqualTo(channel);
        }
    }

    @Test
    void aNewVersionWithTheSameContentKeepsTheSchedule() {
        String channel = channels.connect("acme", Network.MASTODON, "UTC");
        UUID post = TestPosts.approved("acme", channel);
        String id = ScheduleApiTest.schedule(DemoUser.PAULA, ScheduleApiTest.at(post, "2027-09-02T09:00", "UTC"))
                .statusCode(201).extract().path("id");
        TestPosts.send("sosmed.post.updated.v1", "acme", post, "SCHEDULED", true, 2, "Hello", channel);
        await().atMost(Duration.ofSeconds(30)).until(() -> "SCHEDULED".equals(given().auth().oauth2(DemoUser.ALICE.token())
                .get("/api/v1/workspaces/acme/posts/" + post).path("status")));
        given().auth().oauth2(DemoUser.ALICE.token()).get(SCHEDULES + id).then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("publications[0].status", equalTo("SCHEDULED"));
    }

    @Test
    void deletingAScheduledPostUnschedulesItWithReasonPostDeleted() {
        String channel = channels.connect("acme", Network.MASTODON, "UTC");
        UUID post = TestPosts.approved("acme", channel);
        try (KafkaTestClient.TopicReader lifecycle = ScheduleApiTest.kafka().read(Topics.POST_LIFECYCLE)) {
            String id = ScheduleApiTest.schedule(DemoUser.PAULA, ScheduleApiTest.at(post, "2027-09-03T09:00", "UTC"))
                    .statusCode(201).extract().path("id");
            TestPosts.delete("acme", post);

            awaitStatus(id, "UNSCHEDULED");
            JsonNode event = ScheduleApiTest.awaitEvent(lifecycle, post, "sosmed.post.unscheduled.v1");
            assertThat(event.at("/data/reason").asText()).isEqualTo("POST_DELETED");
        }
    }

    @Test
    void disconnectingAChannelUnschedulesOnlyItsPublications() {
        String kept = channels.connect("acme", Network.MASTODON, "UTC");
        String disconnected = channels.connect("acme", Network.MASTODON, "UTC");
        UUID post = TestPosts.approved("acme", kept, disconnected);
        try (KafkaTestClient.TopicReader lifecycle = ScheduleApiTest.kafka().read(Topics.POST_LIFECYCLE)) {
            String id = ScheduleApiTest.schedule(DemoUser.PAULA, ScheduleApiTest.at(post, "2027-09-04T09:00", "UTC"))
                    .statusCode(201).extract().path("id");
            ScheduleApiTest.kafka().sendCloudEvent(Topics.CHANNEL_EVENTS, disconnected, """
                    {"specversion":"1.0","id":"%s","source":"/sosmed/schedule-service","type":"sosmed.channel.disconnected.v1",
                     "subject":"%s","time":"%s","datacontenttype":"application/json",
                     "dataschema":"urn:sosmed:event-schema:sosmed.channel.disconnected.v1","workspaceid":"acme",
                     "data":{"channelId":"%s","network":"MASTODON","handle":"@alice","by":"user-alice","at":"%s"}}"""
                    .formatted(UUID.randomUUID(), disconnected, java.time.Instant.now(), disconnected, java.time.Instant.now()));

            JsonNode event = ScheduleApiTest.awaitEvent(lifecycle, post, "sosmed.post.unscheduled.v1");
            assertThat(event.at("/data/reason").asText()).isEqualTo("CHANNEL_DISCONNECTED");
            assertThat(event.at("/data/channelIds/0").asText()).isEqualTo(disconnected);
            var schedule = given().auth().oauth2(DemoUser.ALICE.token()).get(SCHEDULES + id).then().statusCode(200)
                    .body("status", equalTo("ACTIVE")).extract().jsonPath();
            assertThat(schedule.getString("publications.find { it.channelId == '" + kept + "' }.status")).isEqualTo("SCHEDULED");
            assertThat(schedule.getString("publications.find { it.channelId == '" + disconnected + "' }.status"))
                    .isEqualTo("UNSCHEDULED");
        }
    }

    private static void awaitStatus(String scheduleId, String status) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(DemoUser.ALICE.token())
                .get(SCHEDULES + scheduleId).then().statusCode(200).body("status", equalTo(status)));
    }
}
