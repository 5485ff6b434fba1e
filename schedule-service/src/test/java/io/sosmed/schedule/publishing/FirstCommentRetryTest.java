package io.sosmed.schedule.publishing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.sosmed.platform.event.Topics;
import io.sosmed.schedule.connector.ConnectorFixtures;
import io.sosmed.schedule.scheduling.PublicationRepository;
import io.sosmed.schedule.scheduling.ScheduleApiTestSupport;
import io.sosmed.schedule.scheduling.ScheduledPublication;
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

/**
 * A first comment that fails retryably after its post is published is retried on its own, on the existing post, with
 * backoff and Retry-After; the post is published once. Against a WireMock Mastodon server (the first comment is a reply
 * with the comment attempt as {@code Idempotency-Key}).
 */
@QuarkusTest
class FirstCommentRetryTest {

    private static final String COMMENT = "Sign up at example.com";
    private static WireMockServer mastodon;

    @Inject
    PublishingEngine engine;
    @Inject
    TestClock clock;
    @Inject
    PublishingConfig config;
    @Inject
    PublicationRepository publications;

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
    void aFirstCommentAnswered503IsRetriedOnTheExistingPostAndSentOnceWhileThePostIsPublishedOnce() {
        String token = "mastodon-token-" + UUID.randomUUID();
        String channel = connectMastodon(token);
        UUID post = TestPosts.approvedWithFirstComment("acme", COMMENT, channel);
        String statusId = stubPublishedStatus(token);
        stubComments(token, statusId, aResponse().withStatus(503).withBody("Service Unavailable"),
                okJson("{\"id\":\"" + statusId + "1\",\"url\":\"http://localhost/@alice/" + statusId + "1\"}"));

        try (KafkaTestClient.TopicReader lifecycle = new KafkaTestClient(KafkaTestResource.bootstrapServers())
                .read(Topics.POST_LIFECYCLE)) {
            schedule(post);
            engine.runOnce();

            JsonPath pending = outcome(post);
            assertThat(pending.getString("[0].status")).isEqualTo("PUBLISHED");
            assertThat(pending.getString("[0].firstCommentStatus")).isEqualTo("PENDING_RETRY");
            assertThat(pending.getString("[0].firstCommentReason")).contains("HTTP 503").contains("retried at");
            Instant retryAt = Instant.parse(pending.getString("[0].firstCommentRetryAt"));
            assertThat(retryAt).isAfter(clock.instant()).isBefore(clock.instant().plus(config.initialBackoff()).plusSeconds(1));
            JsonNode published = ScheduleApiTestSupport.awaitEvent(lifecycle, post, "sosmed.post.published.v1");
            assertThat(published.at("/data/firstComment/status").asText()).isEqualTo("FAILED");
            assertThat(published.at("/data/firstComment/retryable").asBoolean()).isTrue();
        }

        clock.advance(Duration.between(clock.instant(), outcomeRetryAt(post)).plusSeconds(1));
        engine.runOnce();
        engine.runOnce();

        JsonPath sent = outcome(post);
        assertThat(sent.getString("[0].status")).isEqualTo("PUBLISHED");
        assertThat(sent.getString("[0].externalId")).isEqualTo(statusId);
        assertThat(sent.getString("[0].firstCommentStatus")).isEqualTo("SENT");
        assertThat(sent.getString("[0].firstCommentExternalId")).isEqualTo(statusId + "1");
        assertThat(sent.getString("[0].firstCommentReason")).isNull();
        assertThat(sent.getInt("[0].firstCommentAttempts")).isEqualTo(2);
        assertThat(postCalls(token)).as("the post is published once").hasSize(1);
        List<LoggedRequest> comments = commentCalls(token, statusId);
        assertThat(comments).as("one failed and one successful comment, nothing more").hasSize(2);
        LoggedRequest retry = comments.get(1);
        assertThat(retry.getBodyAsString()).contains(COMMENT).contains("\"visibility\":\"unlisted\"");
        assertThat(retry.getHeader("Idempotency-Key")).isEqualTo(row(post).firstCommentAttemptId.toString())
                .isNotEqualTo(comments.get(0).getHeader("Idempotency-Key"));
    }

    @Test
    void aPermanentRefusalOfTheRetriedCommentIsFailedWithTheReasonAndNotRetriedAgain() {
        String token = "mastodon-token-" + UUID.randomUUID();
        String channel = connectMastodon(token);
        UUID post = TestPosts.approvedWithFirstComment("acme", COMMENT, channel);
        String statusId = stubPublishedStatus(token);
        stubComments(token, statusId, aResponse().withStatus(502).withBody("Bad Gateway"),
                aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"Validation failed: Text can't be blank\"}"));
        schedule(post);
        engine.runOnce();
        assertThat(outcome(post).getString("[0].firstCommentStatus")).isEqualTo("PENDING_RETRY");

        clock.advance(config.maxBackoff());
        engine.runOnce();
        clock.advance(config.maxBackoff());
        engine.runOnce();

        JsonPath failed = outcome(post);
        assertThat(failed.getString("[0].status")).isEqualTo("PUBLISHED");
        assertThat(failed.getString("[0].firstCommentStatus")).isEqualTo("FAILED");
        assertThat(failed.getString("[0].firstCommentReason")).contains("Text can't be blank")
                .contains("add it on MASTODON by hand");
        assertThat(failed.getString("[0].firstCommentRetryAt")).isNull();
        assertThat(commentCalls(token, statusId)).as("no retry after a permanent refusal").hasSize(2);
        assertThat(postCalls(token)).hasSize(1);
    }

    @Test
    void aRateLimitedFirstCommentWaitsForRetryAfter() {
        String token = "mastodon-token-" + UUID.randomUUID();
        String channel = connectMastodon(token);
        UUID post = TestPosts.approvedWithFirstComment("acme", COMMENT, channel);
        String statusId = stubPublishedStatus(token);
        stubComments(token, statusId, aResponse().withStatus(429).withHeader("Retry-After", "600")
                        .withHeader("Content-Type", "application/json").withBody("{\"error\":\"Too many requests\"}"),
                okJson("{\"id\":\"" + statusId + "2\",\"url\":\"http://localhost/@alice/" + statusId + "2\"}"));
        schedule(post);
        Instant start = clock.instant();
        engine.runOnce();
        assertThat(outcome(post).getString("[0].firstCommentStatus")).isEqualTo("PENDING_RETRY");
        assertThat(outcomeRetryAt(post)).isAfterOrEqualTo(start.plusSeconds(600));

        clock.advance(Duration.ofSeconds(590));
        engine.runOnce();
        assertThat(commentCalls(token, statusId)).as("not retried before Retry-After").hasSize(1);

        clock.advance(Duration.ofSeconds(15));
        engine.runOnce();
        assertThat(outcome(post).getString("[0].firstCommentStatus")).isEqualTo("SENT");
        assertThat(commentCalls(token, statusId)).hasSize(2);
        assertThat(postCalls(token)).hasSize(1);
    }

    @Test
    void aRetriedCommentWhoseOutcomeIsUnknownIsUnconfirmedAndNeverSentAgain() {
        String token = "mastodon-token-" + UUID.randomUUID();
        String channel = connectMastodon(token);
        UUID post = TestPosts.approvedWithFirstComment("acme", COMMENT, channel);
        String statusId = stubPublishedStatus(token);
        stubComments(token, statusId, aResponse().withStatus(500).withBody("Internal Server Error"),
                aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        schedule(post);
        engine.runOnce();
        assertThat(outcome(post).getString("[0].firstCommentStatus")).isEqualTo("PENDING_RETRY");

        for (int i = 0; i < 3; i++) {
            clock.advance(config.maxBackoff());
            engine.runOnce();
        }

        JsonPath unconfirmed = outcome(post);
        assertThat(unconfirmed.getString("[0].status")).isEqualTo("PUBLISHED");
        assertThat(unconfirmed.getString("[0].firstCommentStatus")).isEqualTo("UNCONFIRMED");
        assertThat(unconfirmed.getString("[0].firstCommentReason")).contains("may or may not have been posted")
                .contains("add the comment by hand if it is missing");
        assertThat(commentCalls(token, statusId)).as("an unknown outcome is never sent again blindly").hasSize(2);
        assertThat(postCalls(token)).hasSize(1);
    }

    private String stubPublishedStatus(String token) {
        String statusId = String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits()));
        mastodon.stubFor(post("/api/v1/statuses").withHeader("Authorization", WireMock.equalTo("Bearer " + token))
                .withRequestBody(WireMock.notContaining("in_reply_to_id"))
                .willReturn(okJson("{\"id\":\"" + statusId + "\",\"url\":\"http://localhost/@alice/" + statusId
                        + "\",\"visibility\":\"unlisted\"}")));
        mastodon.stubFor(get("/api/v1/statuses/" + statusId).withHeader("Authorization", WireMock.equalTo("Bearer " + token))
                .willReturn(okJson("{\"id\":\"" + statusId + "\",\"visibility\":\"unlisted\","
                        + "\"account\":{\"id\":\"1\",\"acct\":\"alice\"}}")));
        return statusId;
    }

    /** The first comment call answers {@code first}, every later one {@code then}. */
    private static void stubComments(String token, String statusId, ResponseDefinitionBuilder first,
            ResponseDefinitionBuilder then) {
        String scenario = "comment-" + statusId;
        mastodon.stubFor(comment(token, statusId).inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(first).willSetStateTo("second"));
        mastodon.stubFor(comment(token, statusId).inScenario(scenario).whenScenarioStateIs("second").willReturn(then));
    }

    private static MappingBuilder comment(String token, String statusId) {
        return post("/api/v1/statuses").withHeader("Authorization", WireMock.equalTo("Bearer " + token))
                .withRequestBody(WireMock.matchingJsonPath("$.in_reply_to_id", WireMock.equalTo(statusId)));
    }

    private static List<LoggedRequest> commentCalls(String token, String statusId) {
        return mastodon.findAll(postRequestedFor(urlPathEqualTo("/api/v1/statuses"))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + token))
                .withRequestBody(WireMock.matchingJsonPath("$.in_reply_to_id", WireMock.equalTo(statusId))));
    }

    private static List<LoggedRequest> postCalls(String token) {
        return mastodon.findAll(postRequestedFor(urlPathEqualTo("/api/v1/statuses"))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + token))
                .withRequestBody(WireMock.notContaining("in_reply_to_id")));
    }

    private static void schedule(UUID post) {
        given().auth().oauth2(DemoUser.PAULA.token()).contentType(ContentType.JSON)
                .body(Map.of("postId", post.toString(), "mode", "NOW")).post("/api/v1/workspaces/acme/schedules")
                .then().statusCode(201);
    }

    private static JsonPath outcome(UUID post) {
        return given().auth().oauth2(DemoUser.VERA.token()).queryParam("postId", post)
                .get("/api/v1/workspaces/acme/publications").then().statusCode(200).extract().jsonPath();
    }

    private static Instant outcomeRetryAt(UUID post) {
        return Instant.parse(outcome(post).getString("[0].firstCommentRetryAt"));
    }

    private ScheduledPublication row(UUID post) {
        return QuarkusTransaction.requiringNew().call(() -> publications.ofPost("acme", post).get(0));
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
