package io.sosmed.schedule.publishing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.sosmed.platform.event.Topics;
import io.sosmed.schedule.connector.ConnectorFixtures;
import io.sosmed.schedule.scheduling.ScheduleApiTestSupport;
import io.sosmed.schedule.support.TestClock;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The engine end to end on a channel connected through the API, against a WireMock Mastodon server. */
@QuarkusTest
class MastodonPublishingTest {

    private static WireMockServer mastodon;

    @Inject
    PublishingEngine engine;
    @Inject
    TestClock clock;

    @BeforeAll
    static void startMastodon() {
        mastodon = ConnectorFixtures.startNetwork();
    }

    @AfterAll
    static void stopMastodon() {
        mastodon.stop();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a429IsRetriedAfterItsRetryAfterWithANewIdempotencyKeyAndPublishedOnce() {
        String token = "mastodon-token-" + UUID.randomUUID();
        String channel = connectMastodon(token);
        UUID post = TestPosts.approved("acme", channel);
        String statusId = String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits()));
        String scenario = "rate-limited-" + statusId;
        mastodon.stubFor(post("/api/v1/statuses").withHeader("Authorization", WireMock.equalTo("Bearer " + token))
                .inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")
                        .withHeader("X-RateLimit-Limit", "300").withHeader("X-RateLimit-Remaining", "0")
                        .withHeader("Content-Type", "application/json").withBody("{\"error\":\"Too many requests\"}"))
                .willSetStateTo("open"));
        mastodon.stubFor(post("/api/v1/statuses").withHeader("Authorization", WireMock.equalTo("Bearer " + token))
                .inScenario(scenario).whenScenarioStateIs("open")
                .willReturn(okJson("{\"id\":\"" + statusId + "\",\"url\":\"http://localhost/@alice/" + statusId
                        + "\",\"content\":\"<p>Hello</p>\",\"created_at\":\"" + Instant.now() + "\"}")));

        given().auth().oauth2(DemoUser.PAULA.token()).contentType(ContentType.JSON)
                .body(Map.of("postId", post.toString(), "mode", "NOW")).post("/api/v1/workspaces/acme/schedules")
                .then().statusCode(201);
        engine.runOnce();

        JsonPath waiting = outcome(post);
        assertThat(waiting.getString("[0].status")).isEqualTo("SCHEDULED");
        assertThat(waiting.getString("[0].failureCode")).isEqualTo("rate_limited");
        String firstAttempt = waiting.getString("[0].attemptId");

        clock.advance(Duration.ofSeconds(100));
        engine.runOnce();
        assertThat(requests(token)).as("not retried before Retry-After").hasSize(1);

        clock.advance(Duration.ofSeconds(21));
        engine.runOnce();
        JsonPath published = outcome(post);
        assertThat(published.getString("[0].status")).isEqualTo("PUBLISHED");
        assertThat(published.getString("[0].externalId")).isEqualTo(statusId);
        assertThat(published.getString("[0].url")).endsWith("/" + statusId);
        assertThat(published.getInt("[0].attempts")).isEqualTo(2);

        List<LoggedRequest> calls = requests(token);
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0).getHeader("Idempotency-Key")).isEqualTo(firstAttempt);
        assertThat(calls.get(1).getHeader("Idempotency-Key")).isEqualTo(published.getString("[0].attemptId"))
                .isNotEqualTo(firstAttempt);
        assertThat(calls.get(1).getBodyAsString()).contains("Hello on " + channel);

        engine.runOnce();
        assertThat(requests(token)).as("a published channel is never published again").hasSize(2);
    }

    @Test
    void aFailedFirstCommentLeavesThePostPublishedOnceAndIsReportedWithItsReason() {
        String token = "mastodon-token-" + UUID.randomUUID();
        String channel = connectMastodon(token);
        UUID post = TestPosts.approvedWithFirstComment("acme", "Sign up at example.com", channel);
        String statusId = String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits()));
        mastodon.stubFor(post("/api/v1/statuses").withHeader("Authorization", WireMock.equalTo("Bearer " + token))
                .willReturn(okJson("{\"id\":\"" + statusId + "\",\"url\":\"http://localhost/@alice/" + statusId
                        + "\",\"visibility\":\"public\"}")));
        mastodon.stubFor(post("/api/v1/statuses").withHeader("Authorization", WireMock.equalTo("Bearer " + token))
                .withRequestBody(WireMock.matchingJsonPath("$.in_reply_to_id", WireMock.equalTo(statusId)))
                .willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"Validation failed: Text character limit of 500 exceeded\"}")));

        try (KafkaTestClient.TopicReader lifecycle = new KafkaTestClient(KafkaTestResource.bootstrapServers())
                .read(Topics.POST_LIFECYCLE)) {
            given().auth().oauth2(DemoUser.PAULA.token()).contentType(ContentType.JSON)
                    .body(Map.of("postId", post.toString(), "mode", "NOW")).post("/api/v1/workspaces/acme/schedules")
                    .then().statusCode(201);
            engine.runOnce();
            engine.runOnce();

            JsonPath outcome = outcome(post);
            assertThat(outcome.getString("[0].status")).isEqualTo("PUBLISHED");
            assertThat(outcome.getString("[0].externalId")).isEqualTo(statusId);
            assertThat(outcome.getString("[0].firstCommentStatus")).isEqualTo("FAILED");
            assertThat(outcome.getString("[0].firstCommentReason")).contains("character limit of 500");
            assertThat(requests(token)).as("the post once, its first comment once, nothing republished").hasSize(2);

            JsonNode published = ScheduleApiTestSupport.awaitEvent(lifecycle, post, "sosmed.post.published.v1");
            assertThat(published.at("/data/externalId").asText()).isEqualTo(statusId);
            assertThat(published.at("/data/firstComment/status").asText()).isEqualTo("FAILED");
            assertThat(published.at("/data/firstComment/code").asText()).isNotBlank();
            assertThat(published.at("/data/firstComment/reason").asText()).contains("character limit of 500");
            assertThat(published.at("/data/firstComment/retryable").asBoolean()).isFalse();
        }
    }

    @Test
    void anUnconfirmedAttemptLookupsDoNotFindIsPublishedAgainWithTheSameIdempotencyKey() {
        String token = "mastodon-token-" + UUID.randomUUID();
        String channel = connectMastodon(token);
        UUID post = TestPosts.approved("acme", channel);
        String statusId = String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits()));
        String scenario = "connection-lost-" + statusId;
        mastodon.stubFor(post("/api/v1/statuses").withHeader("Authorization", WireMock.equalTo("Bearer " + token))
                .inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("back"));
        mastodon.stubFor(post("/api/v1/statuses").withHeader("Authorization", WireMock.equalTo("Bearer " + token))
                .inScenario(scenario).whenScenarioStateIs("back")
                .willReturn(okJson("{\"id\":\"" + statusId + "\",\"url\":\"http://localhost/@alice/" + statusId
                        + "\",\"content\":\"<p>Hello</p>\",\"created_at\":\"" + Instant.now() + "\"}")));
        mastodon.stubFor(get(urlPathMatching("/api/v1/accounts/[0-9]+/statuses"))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + token)).willReturn(okJson("[]")));

        given().auth().oauth2(DemoUser.PAULA.token()).contentType(ContentType.JSON)
                .body(Map.of("postId", post.toString(), "mode", "NOW")).post("/api/v1/workspaces/acme/schedules")
                .then().statusCode(201);
        engine.runOnce();
        assertThat(outcome(post).getString("[0].status")).isEqualTo("UNCONFIRMED");
        String attempt = outcome(post).getString("[0].attemptId");

        for (int lookup = 0; lookup < 10 && !outcome(post).getString("[0].status").equals("PUBLISHED"); lookup++) {
            clock.advance(Duration.ofMinutes(2));
            engine.runOnce();
        }

        JsonPath published = outcome(post);
        assertThat(published.getString("[0].status")).isEqualTo("PUBLISHED");
        assertThat(published.getString("[0].externalId")).isEqualTo(statusId);
        assertThat(published.getString("[0].attemptId")).as("the same attempt, not a new one").isEqualTo(attempt);
        List<LoggedRequest> calls = requests(token);
        assertThat(calls).hasSize(2);
        assertThat(calls).extracting(call -> call.getHeader("Idempotency-Key")).containsOnly(attempt);
        assertThat(mastodon.findAll(getRequestedFor(urlPathMatching("/api/v1/accounts/[0-9]+/statuses"))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + token)))).as("looked up before publishing again")
                .isNotEmpty();
    }

    private static List<LoggedRequest> requests(String token) {
        return mastodon.findAll(postRequestedFor(urlPathEqualTo("/api/v1/statuses"))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + token)));
    }

    private static JsonPath outcome(UUID post) {
        return given().auth().oauth2(DemoUser.VERA.token()).queryParam("postId", post)
                .get("/api/v1/workspaces/acme/publications").then().statusCode(200).extract().jsonPath();
    }

    private static String connectMastodon(String token) {
        String accountId = String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits()));
        mastodon.stubFor(get("/api/v1/accounts/verify_credentials").withHeader("Authorization", WireMock.equalTo("Bearer " + token))
                .willReturn(okJson("{\"id\":\"" + accountId + "\",\"username\":\"alice\",\"acct\":\"alice\",\"display_name\":\"\"}")));
        mastodon.stubFor(get("/api/v2/instance").withHeader("Authorization", WireMock.equalTo("Bearer " + token))
                .willReturn(okJson("{\"configuration\":{\"statuses\":{\"max_characters\":500,\"max_media_attachments\":4}}}")));
        return given().auth().oauth2(DemoUser.ALICE.token()).contentType(ContentType.JSON)
                .body(Map.of("network", "MASTODON", "instanceUrl", "http://localhost:" + mastodon.port(), "zone", "UTC",
                        "credentials", Map.of("accessToken", token)))
                .post("/api/v1/workspaces/acme/channels").then().statusCode(201).extract().path("id");
    }
}
