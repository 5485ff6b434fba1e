package io.sosmed.schedule.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.sosmed.platform.event.EventSchemas;
import io.sosmed.platform.event.Topics;
import io.sosmed.schedule.connector.ConnectorFixtures;
import io.sosmed.testing.KafkaTestResource;
import io.sosmed.testing.kafka.KafkaTestClient;
import io.sosmed.testing.oidc.DemoUser;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Metrics on a decaying schedule, inbox polling with a cursor and replies, against a stubbed Mastodon server. */
@QuarkusTest
class GatewayTest {

    private static final Duration DELIVERY = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static WireMockServer mastodon;

    @Inject
    MetricsCollector metrics;

    @Inject
    InboxPoller inbox;

    @Inject
    EntityManager entityManager;

    @Inject
    InboxReplies replies;

    @BeforeAll
    static void start() {
        mastodon = ConnectorFixtures.startNetwork();
    }

    @AfterAll
    static void stop() {
        mastodon.stop();
    }

    @Test
    void publishedPostMetricsAreReadOnTheDecayingScheduleAndEmitted() {
        String token = "tok-" + UUID.randomUUID();
        String channelId = connectMastodon(token);
        String statusId = String.valueOf(System.nanoTime());
        UUID postId = UUID.randomUUID();
        Instant publishedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        mastodon.stubFor(get("/api/v1/statuses/" + statusId).withHeader("Authorization", WireMock.equalTo("Bearer " + token))
                .willReturn(okJson("{\"id\":\"" + statusId + "\",\"favourites_count\":5,\"reblogs_count\":2,\"replies_count\":1}")));

        try (KafkaTestClient.TopicReader events = reader(Topics.ENGAGEMENT_METRICS)) {
            send(Topics.POST_LIFECYCLE, postId.toString(), event("sosmed.post.published.v1", postId.toString(), Map.of(
                    "postId", postId.toString(), "channelId", channelId, "network", "MASTODON",
                    "attemptId", UUID.randomUUID().toString(), "externalId", statusId,
                    "url", "https://localhost/@alice/" + statusId, "publishedAt", publishedAt.toString())));
            MetricsSchedule row = await().atMost(DELIVERY).until(() -> schedule(channelId, statusId), r -> r != null);
            assertThat(row.step).isZero();
            assertThat(row.dueAt).isEqualTo(publishedAt.plus(Duration.ofHours(1)));

            metrics.collectDue(publishedAt.plus(Duration.ofMinutes(30)));
            assertThat(schedule(channelId, statusId).step).as("not due before +1 h").isZero();

            metrics.collectDue(publishedAt.plus(Duration.ofMinutes(61)));

            JsonNode collected = awaitEvent(events, postId.toString(), "sosmed.metrics.collected.v1");
            assertThat(collected.path("data").path("channelId").asText()).isEqualTo(channelId);
            assertThat(collected.path("data").path("externalId").asText()).isEqualTo(statusId);
            assertThat(collected.path("data").path("metrics").path("likes").asLong()).isEqualTo(5);
            assertThat(collected.path("data").path("metrics").path("shares").asLong()).isEqualTo(2);
            assertThat(collected.path("data").path("metrics").path("comments").asLong()).isEqualTo(1);
            MetricsSchedule next = schedule(channelId, statusId);
            assertThat(next.step).isEqualTo(1);
            assertThat(next.dueAt).isEqualTo(publishedAt.plus(Duration.ofHours(6)));
            assertThat(next.leaseUntil).isNull();

            metrics.collectDue(publishedAt.plus(Duration.ofDays(8)));
            metrics.collectDue(publishedAt.plus(Duration.ofDays(8)));
            metrics.collectDue(publishedAt.plus(Duration.ofDays(8)));
            metrics.collectDue(publishedAt.plus(Duration.ofDays(8)));
            assertThat(schedule(channelId, statusId)).as("done after the +7 d reading").isNull();
            await().atMost(DELIVERY).until(() -> events(events, postId.toString(), "sosmed.metrics.collected.v1").size() == 5);
        }
    }

    @Test
    void revokedTokenDuringMetricsMarksTheChannelNeedsReconnect() {
        String token = "tok-" + UUID.randomUUID();
        String channelId = connectMastodon(token);
        String statusId = String.valueOf(System.nanoTime());
        mastodon.stubFor(get("/api/v1/statuses/" + statusId).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"The access token was revoked\"}")));
        Instant publishedAt = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> metrics.schedule("acme", channelId,
                io.sosmed.schedule.network.Network.MASTODON, UUID.randomUUID(), statusId, publishedAt));

        metrics.collectDue(publishedAt.plus(Duration.ofHours(2)));

        given().auth().oauth2(DemoUser.VERA.token()).get("/api/v1/workspaces/acme/channels/" + channelId)
                .then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("NEEDS_RECONNECT"));
        MetricsSchedule row = schedule(channelId, statusId);
        assertThat(row.step).isZero();
        assertThat(row.dueAt).isAfter(publishedAt.plus(Duration.ofHours(2)));
    }

    @Test
    void inboxIsPolledFromTheStoredCursorAndEachItemEmittedOnce() {
        String token = "tok-" + UUID.randomUUID();
        String channelId = connectMastodon(token);
        mastodon.stubFor(get(urlPathEqualTo("/api/v1/notifications")).withHeader("Authorization", WireMock.equalTo("Bearer " + token))
                .withQueryParam("min_id", WireMock.absent())
                .willReturn(okJson("""
                        [{"id":"901","type":"mention","created_at":"2026-11-26T11:01:00.000Z",
                          "account":{"id":"78","acct":"carol","display_name":"Carol"},
                          "status":{"id":"%s","visibility":"public","in_reply_to_id":"4242",
                                    "created_at":"2026-11-26T11:01:00.000Z","content":"<p>Nice!</p>",
                                    "account":{"id":"78","acct":"carol","display_name":"Carol"}}}]"""
                        .formatted("s-" + channelId))));
        mastodon.stubFor(get(urlPathEqualTo("/api/v1/notifications")).withHeader("Authorization", WireMock.equalTo("Bearer " + token))
                .withQueryParam("min_id", WireMock.equalTo("901")).willReturn(okJson("[]")));
        Instant now = Instant.now();

        try (KafkaTestClient.TopicReader events = reader(Topics.INBOX_EVENTS)) {
            inbox.pollDue(now);
            inbox.pollDue(now.plusSeconds(10));
            inbox.pollDue(now.plus(Duration.ofMinutes(3)));

            JsonNode received = awaitEvent(events, "4242", "sosmed.inbox.item.received.v1");
            assertThat(received.path("data").path("channelId").asText()).isEqualTo(channelId);
            assertThat(received.path("data").path("kind").asText()).isEqualTo("COMMENT");
            assertThat(received.path("data").path("text").asText()).isEqualTo("Nice!");
            assertThat(received.path("data").path("author").path("handle").asText()).isEqualTo("@carol");
            assertThat(received.path("data").path("postExternalId").asText()).isEqualTo("4242");
            mastodon.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/notifications"))
                    .withHeader("Authorization", WireMock.equalTo("Bearer " + token)).withQueryParam("min_id", WireMock.absent()));
            mastodon.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/notifications"))
                    .withHeader("Authorization", WireMock.equalTo("Bearer " + token)).withQueryParam("min_id", WireMock.equalTo("901")));
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                    .until(() -> events(events, "4242", "sosmed.inbox.item.received.v1").size() == 1);
        }
        InboxPoll poll = QuarkusTransaction.requiringNew().call(() -> entityManager.find(InboxPoll.class, UUID.fromString(channelId)));
        assertThat(poll.cursor).isEqualTo("901");
    }

    @Test
    void aRevokedTokenDuringTheInboxPollMarksTheChannelNeedsReconnectAndKeepsTheCursor() {
        String token = "tok-" + UUID.randomUUID();
        String channelId = connectMastodon(token);
        mastodon.stubFor(get(urlPathEqualTo("/api/v1/notifications")).withHeader("Authorization", WireMock.equalTo("Bearer " + token))
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"The access token was revoked\"}")));

        inbox.pollDue(Instant.now());

        given().auth().oauth2(DemoUser.VERA.token()).get("/api/v1/workspaces/acme/channels/" + channelId)
                .then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("NEEDS_RECONNECT"));
        InboxPoll poll = QuarkusTransaction.requiringNew().call(() -> entityManager.find(InboxPoll.class, UUID.fromString(channelId)));
        assertThat(poll.cursor).isNull();
        assertThat(poll.lastError).contains("reconnect");
    }

    @Test
    void requestedRepliesAreSentOrReportedAsFailed() {
        String token = "tok-" + UUID.randomUUID();
        String channelId = connectMastodon(token);
        mastodon.stubFor(get("/api/v1/statuses/7001").willReturn(okJson("""
                {"id":"7001","visibility":"public","account":{"id":"78","acct":"carol"}}""")));
        mastodon.stubFor(post("/api/v1/statuses").withHeader("Authorization", WireMock.equalTo("Bearer " + token))
                .withRequestBody(equalToJson("{\"status\":\"@carol Thanks!\",\"in_reply_to_id\":\"7001\",\"visibility\":\"public\"}"))
                .willReturn(okJson("{\"id\":\"7002\",\"url\":\"https://localhost/@alice/7002\"}")));
        mastodon.stubFor(get("/api/v1/statuses/7003").willReturn(okJson("""
                {"id":"7003","visibility":"public","account":{"id":"78","acct":"carol"}}""")));
        mastodon.stubFor(post("/api/v1/statuses").withRequestBody(WireMock.matchingJsonPath("$.in_reply_to_id", WireMock.equalTo("7003")))
                .willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"Validation failed: Text can't be blank\"}")));
        UUID conversation = UUID.randomUUID();
        UUID sentReply = UUID.randomUUID();
        UUID failedReply = UUID.randomUUID();

        try (KafkaTestClient.TopicReader events = reader(Topics.INBOX_EVENTS)) {
            send(Topics.INBOX_EVENTS, conversation.toString(), replyRequested(sentReply, conversation, channelId, "7001", "Thanks!"));
            send(Topics.INBOX_EVENTS, conversation.toString(), replyRequested(failedReply, conversation, channelId, "7003", " "));
            awaitRecorded(sentReply);
            awaitRecorded(failedReply);
            replies.sendDue(Instant.now());

            JsonNode sent = awaitEvent(events, conversation.toString(), "sosmed.inbox.reply.sent.v1");
            assertThat(sent.path("data").path("replyId").asText()).isEqualTo(sentReply.toString());
            assertThat(sent.path("data").path("externalId").asText()).isEqualTo("7002");
            JsonNode failed = awaitEvent(events, conversation.toString(), "sosmed.inbox.reply.failed.v1");
            assertThat(failed.path("data").path("replyId").asText()).isEqualTo(failedReply.toString());
            assertThat(failed.path("data").path("retryable").asBoolean()).isFalse();
            assertThat(failed.path("data").path("reason").asText()).contains("Text can't be blank");
        }
    }

    @Test
    void aRedeliveredReplyRequestSendsOneReplyWithTheAttemptAsIdempotencyKey() {
        String token = "tok-" + UUID.randomUUID();
        String channelId = connectMastodon(token);
        mastodon.stubFor(get("/api/v1/statuses/7101").willReturn(okJson("""
                {"id":"7101","visibility":"public","account":{"id":"79","acct":"dina"}}""")));
        mastodon.stubFor(post("/api/v1/statuses").withHeader("Authorization", WireMock.equalTo("Bearer " + token))
                .willReturn(okJson("{\"id\":\"7102\",\"url\":\"https://localhost/@alice/7102\"}")));
        UUID conversation = UUID.randomUUID();
        UUID replyId = UUID.randomUUID();
        String request = replyRequested(replyId, conversation, channelId, "7101", "Glad you like it");

        try (KafkaTestClient.TopicReader events = reader(Topics.INBOX_EVENTS)) {
            send(Topics.INBOX_EVENTS, conversation.toString(), request);
            send(Topics.INBOX_EVENTS, conversation.toString(), request);
            String askedAgain = replyRequested(replyId, conversation, channelId, "7101", "Glad you like it");
            send(Topics.INBOX_EVENTS, conversation.toString(), askedAgain);
            awaitRecorded(replyId);
            await().atMost(DELIVERY).until(() -> consumed(askedAgain));
            replies.sendDue(Instant.now());
            replies.sendDue(Instant.now());

            InboxReply sent = reply(replyId);
            assertThat(sent.status).isEqualTo(InboxReply.Status.SENT);
            assertThat(sent.externalId).isEqualTo("7102");
            mastodon.verify(1, WireMock.postRequestedFor(urlPathEqualTo("/api/v1/statuses"))
                    .withHeader("Authorization", WireMock.equalTo("Bearer " + token))
                    .withHeader("Idempotency-Key", WireMock.equalTo(sent.attemptId.toString())));
            awaitEvent(events, conversation.toString(), "sosmed.inbox.reply.sent.v1");
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                    .until(() -> events(events, conversation.toString(), "sosmed.inbox.reply.sent.v1").size() == 1);
        }
    }

    @Test
    void aReplyRequestThatCannotBeAppliedGoesAloneToTheDeadLetterTopic() {
        String channelId = connectMastodon("tok-" + UUID.randomUUID());
        UUID conversation = UUID.randomUUID();
        String lacksReplyId = replyRequested(UUID.randomUUID(), conversation, channelId, "7201", "Hi")
                .replaceFirst("\"replyId\":\"[^\"]+\",", "");
        UUID replyId = UUID.randomUUID();
        String valid = replyRequested(replyId, conversation, channelId, "7201", "Hello again");

        try (KafkaTestClient.TopicReader deadLetters = reader(Topics.INBOX_EVENTS + Topics.DEAD_LETTER_SUFFIX)) {
            send(Topics.INBOX_EVENTS, conversation.toString(), lacksReplyId);
            send(Topics.INBOX_EVENTS, conversation.toString(), valid);

            awaitRecorded(replyId);
            await().atMost(DELIVERY).until(() -> deadLetters.poll().stream()
                    .anyMatch(r -> lacksReplyId.equals(r.value())));
            assertThat(consumed(valid)).isTrue();
            assertThat(consumed(lacksReplyId)).as("no effect, so no processed-event row").isFalse();
        }
    }

    @Test
    void aReplyWhoseOutcomeIsUnknownIsReportedAndNeverResent() {
        String token = "tok-" + UUID.randomUUID();
        String channelId = connectMastodon(token);
        mastodon.stubFor(get("/api/v1/statuses/7201").willReturn(okJson("""
                {"id":"7201","visibility":"public","account":{"id":"80","acct":"eko"}}""")));
        // The network receives the reply and answers too late: it may have posted it.
        mastodon.stubFor(post("/api/v1/statuses").withHeader("Authorization", WireMock.equalTo("Bearer " + token))
                .willReturn(okJson("{\"id\":\"7202\"}").withFixedDelay(5_000)));
        UUID conversation = UUID.randomUUID();
        UUID replyId = UUID.randomUUID();

        try (KafkaTestClient.TopicReader events = reader(Topics.INBOX_EVENTS)) {
            send(Topics.INBOX_EVENTS, conversation.toString(), replyRequested(replyId, conversation, channelId, "7201", "Terima kasih"));
            awaitRecorded(replyId);
            replies.sendDue(Instant.now());

            InboxReply unconfirmed = reply(replyId);
            assertThat(unconfirmed.status).isEqualTo(InboxReply.Status.UNCONFIRMED);
            JsonNode failed = awaitEvent(events, conversation.toString(), "sosmed.inbox.reply.failed.v1");
            assertThat(failed.path("data").path("code").asText()).isEqualTo("outcome_unknown");
            assertThat(failed.path("data").path("retryable").asBoolean()).isFalse();
            assertThat(failed.path("data").path("reason").asText()).contains("may have been posted");

            replies.sendDue(Instant.now().plus(Duration.ofHours(1)));
            mastodon.verify(1, WireMock.postRequestedFor(urlPathEqualTo("/api/v1/statuses"))
                    .withHeader("Authorization", WireMock.equalTo("Bearer " + token)));
            assertThat(reply(replyId).status).isEqualTo(InboxReply.Status.UNCONFIRMED);
        }
    }

    @Test
    void aReplyWhoseSenderDiedMidCallIsReportedAfterTheLeaseAndNeverResent() {
        String token = "tok-" + UUID.randomUUID();
        String channelId = connectMastodon(token);
        UUID conversation = UUID.randomUUID();
        UUID replyId = UUID.randomUUID();
        try (KafkaTestClient.TopicReader events = reader(Topics.INBOX_EVENTS)) {
            send(Topics.INBOX_EVENTS, conversation.toString(), replyRequested(replyId, conversation, channelId, "7301", "Noted"));
            awaitRecorded(replyId);
            // A replica claimed it (SENDING, attempt committed) and died before recording any outcome.
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                    update inbox_reply set status = 'SENDING', attempt_id = gen_random_uuid(), attempts = 1,
                    claimed_at = :claimed where reply_id = :id""")
                    .setParameter("claimed", Instant.now()).setParameter("id", replyId).executeUpdate());

            replies.sendDue(Instant.now());
            assertThat(reply(replyId).status).as("within the lease").isEqualTo(InboxReply.Status.SENDING);
            replies.sendDue(Instant.now().plus(Duration.ofMinutes(6)));

            assertThat(reply(replyId).status).isEqualTo(InboxReply.Status.UNCONFIRMED);
            JsonNode failed = awaitEvent(events, conversation.toString(), "sosmed.inbox.reply.failed.v1");
            assertThat(failed.path("data").path("code").asText()).isEqualTo("outcome_unknown");
            mastodon.verify(0, WireMock.postRequestedFor(urlPathEqualTo("/api/v1/statuses"))
                    .withHeader("Authorization", WireMock.equalTo("Bearer " + token)));
        }
    }

    private void awaitRecorded(UUID replyId) {
        await().atMost(DELIVERY).until(() -> reply(replyId) != null);
    }

    private InboxReply reply(UUID replyId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.find(InboxReply.class, replyId));
    }

    private boolean consumed(String event) {
        String eventId = parse(event).path("id").asText();
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from processed_event where consumer = :consumer and event_id = :id")
                .setParameter("consumer", InboxReplyConsumer.CONSUMER).setParameter("id", eventId)
                .getSingleResult()).longValue() > 0);
    }

    private MetricsSchedule schedule(String channelId, String externalId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "from MetricsSchedule where channelId = ?1 and externalId = ?2", MetricsSchedule.class)
                .setParameter(1, channelId).setParameter(2, externalId)
                .getResultStream().findFirst().orElse(null));
    }

    private static String connectMastodon(String token) {
        String accountId = String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits()));
        mastodon.stubFor(get("/api/v1/accounts/verify_credentials").withHeader("Authorization", WireMock.equalTo("Bearer " + token))
                .willReturn(okJson("{\"id\":\"" + accountId + "\",\"acct\":\"gw" + accountId + "\",\"display_name\":\"\"}")));
        mastodon.stubFor(get("/api/v2/instance").willReturn(okJson("{\"configuration\":{\"statuses\":{\"max_characters\":500}}}")));
        return given().auth().oauth2(DemoUser.ALICE.token()).contentType(ContentType.JSON)
                .body(Map.of("network", "MASTODON", "instanceUrl", "http://localhost:" + mastodon.port(),
                        "credentials", Map.of("accessToken", token)))
                .post("/api/v1/workspaces/acme/channels").then().statusCode(201).extract().path("id");
    }

    private static String replyRequested(UUID replyId, UUID conversationId, String channelId, String inReplyTo, String text) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("replyId", replyId.toString());
        data.put("conversationId", conversationId.toString());
        data.put("channelId", channelId);
        data.put("network", "MASTODON");
        data.put("inReplyToExternalId", inReplyTo);
        data.put("text", text);
        data.put("requestedBy", DemoUser.GABE.subject());
        data.put("requestedAt", Instant.now().toString());
        return event("sosmed.inbox.reply.requested.v1", replyId.toString(), data);
    }

    private static String event(String type, String subject, Map<String, ?> data) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("specversion", "1.0");
        envelope.put("id", UUID.randomUUID().toString());
        envelope.put("source", "/sosmed/test");
        envelope.put("type", type);
        envelope.put("subject", subject);
        envelope.put("time", Instant.now().toString());
        envelope.put("datacontenttype", "application/json");
        envelope.put("dataschema", "urn:sosmed:event-schema:" + type);
        envelope.put("workspaceid", "acme");
        envelope.put("data", data);
        try {
            String json = JSON.writeValueAsString(envelope);
            assertThat(EventSchemas.violations(JSON.readTree(json))).as("test event " + type).isEmpty();
            return json;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(String topic, String key, String event) {
        new KafkaTestClient(KafkaTestResource.bootstrapServers()).sendCloudEvent(topic, key, event);
    }

    private static KafkaTestClient.TopicReader reader(String topic) {
        return new KafkaTestClient(KafkaTestResource.bootstrapServers()).read(topic);
    }

    private static JsonNode awaitEvent(KafkaTestClient.TopicReader reader, String key, String type) {
        await().atMost(DELIVERY).until(() -> !events(reader, key, type).isEmpty());
        JsonNode event = events(reader, key, type).get(0);
        assertThat(EventSchemas.violations(event)).as("schema of " + type).isEmpty();
        return event;
    }

    private static List<JsonNode> events(KafkaTestClient.TopicReader reader, String key, String type) {
        return reader.poll().stream()
                .filter(record -> key.equals(record.key()))
                .map(ConsumerRecord::value)
                .map(GatewayTest::parse)
                .filter(event -> type.equals(event.path("type").asText()))
                .toList();
    }

    private static JsonNode parse(String value) {
        try {
            return JSON.readTree(value);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
