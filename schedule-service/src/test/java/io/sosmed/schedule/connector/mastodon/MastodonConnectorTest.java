package io.sosmed.schedule.connector.mastodon;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.sosmed.schedule.channel.VerifiedAccount;
import io.sosmed.schedule.connector.ConnectorFixtures;
import io.sosmed.schedule.network.ChannelContext;
import io.sosmed.schedule.network.FailureKind;
import io.sosmed.schedule.network.InboxItem;
import io.sosmed.schedule.network.InboxPage;
import io.sosmed.schedule.network.Metrics;
import io.sosmed.schedule.network.Network;
import io.sosmed.schedule.network.NetworkException;
import io.sosmed.schedule.network.Publication;
import io.sosmed.schedule.network.PublishedPost;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Mastodon connector against stubs of docs.joinmastodon.org's documented requests and answers. */
class MastodonConnectorTest {

    private static final String TOKEN = "mastodon-token-abc";
    private static final String BEARER = "Bearer " + TOKEN;
    private static final String ACCOUNT_ID = "109382";
    private static WireMockServer mastodon;

    private final MastodonConnector connector = new MastodonConnector(ConnectorFixtures.http(), Duration.ofMillis(10), 5);
    private ChannelContext channel;

    @BeforeAll
    static void start() {
        mastodon = ConnectorFixtures.startNetwork();
    }

    @AfterAll
    static void stop() {
        mastodon.stop();
    }

    @BeforeEach
    void reset() {
        mastodon.resetAll();
        channel = ConnectorFixtures.channel(mastodon, Network.MASTODON, ACCOUNT_ID, Map.of("accessToken", TOKEN),
                ConnectorFixtures.sink());
    }

    @Test
    void verifiesTheTokenAndReadsTheServersLimits() {
        mastodon.stubFor(get("/api/v1/accounts/verify_credentials").withHeader("Authorization", equalTo(BEARER))
                .willReturn(okJson("""
                        {"id":"109382","username":"alice","acct":"alice","display_name":"Alice A.",
                         "followers_count":12,"source":{"privacy":"public"}}""")));
        mastodon.stubFor(get("/api/v2/instance").willReturn(okJson("""
                {"domain":"localhost","configuration":{"statuses":{"max_characters":1000,
                 "max_media_attachments":6,"characters_reserved_per_url":23}}}""")));

        VerifiedAccount account = connector.verify(URI.create("http://localhost:" + mastodon.port()),
                Map.of("accessToken", TOKEN));

        assertThat(account.accountId()).isEqualTo(ACCOUNT_ID);
        assertThat(account.handle()).isEqualTo("@alice@localhost");
        assertThat(account.displayName()).isEqualTo("Alice A.");
        assertThat(account.limits().maxTextLength()).isEqualTo(1000);
        assertThat(account.limits().maxMedia()).isEqualTo(6);
        assertThat(account.credentials()).containsEntry("accessToken", TOKEN);
        assertThat(account.toString()).doesNotContain(TOKEN);
    }

    @Test
    void invalidTokenIsAnAuthFailure() {
        mastodon.stubFor(get("/api/v1/accounts/verify_credentials").willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"The access token is invalid\"}")));

        assertThatThrownBy(() -> connector.verify(URI.create("http://localhost:" + mastodon.port()),
                Map.of("accessToken", TOKEN)))
                .isInstanceOfSatisfying(NetworkException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.AUTH);
                    assertThat(e.getMessage()).contains("The access token is invalid").contains("reconnect")
                            .doesNotContain(TOKEN);
                });
    }

    @Test
    void publishesWithMediaAltTextIdempotencyKeyAndFirstComment() {
        UUID attempt = UUID.randomUUID();
        mastodon.stubFor(post("/api/v2/media").withHeader("Authorization", equalTo(BEARER))
                .withMultipartRequestBody(aMultipart("description").withBody(equalTo("A red square")))
                .willReturn(aResponse().withStatus(202).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"22348641\",\"type\":\"image\",\"url\":null,\"description\":\"A red square\"}")));
        mastodon.stubFor(get("/api/v1/media/22348641").inScenario("processing").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(206).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"22348641\",\"url\":null}")).willSetStateTo("done"));
        mastodon.stubFor(get("/api/v1/media/22348641").inScenario("processing").whenScenarioStateIs("done")
                .willReturn(okJson("{\"id\":\"22348641\",\"url\":\"https://files.example/22348641.png\"}")));
        mastodon.stubFor(post("/api/v1/statuses").withHeader("Idempotency-Key", equalTo(attempt.toString()))
                .withRequestBody(equalToJson("""
                        {"status":"Launch day! #sosmed\\n\\nhttps://example.com/launch","media_ids":["22348641"],
                         "visibility":"unlisted"}"""))
                .willReturn(okJson("""
                        {"id":"103704874086360371","url":"https://localhost/@alice/103704874086360371",
                         "visibility":"unlisted","content":"<p>Launch day!</p>"}""")));
        mastodon.stubFor(post("/api/v1/statuses").withHeader("Idempotency-Key", equalTo(attempt + "-first-comment"))
                .withRequestBody(equalToJson("""
                        {"status":"Questions? Ask below","in_reply_to_id":"103704874086360371","visibility":"unlisted"}"""))
                .willReturn(okJson("{\"id\":\"103704874086360372\",\"url\":\"https://localhost/@alice/103704874086360372\"}")));

        PublishedPost published = connector.publish(channel, new Publication(attempt, UUID.randomUUID(),
                "Launch day! #sosmed", List.of(ConnectorFixtures.png("A red square", new byte[] {1, 2, 3})),
                "https://example.com/launch", "Questions? Ask below", Map.of("visibility", "unlisted")));

        assertThat(published.externalId()).isEqualTo("103704874086360371");
        assertThat(published.url()).isEqualTo("https://localhost/@alice/103704874086360371");
        mastodon.verify(2, getRequestedFor(urlEqualTo("/api/v1/media/22348641")));
        mastodon.verify(1, postRequestedFor(urlEqualTo("/api/v1/statuses"))
                .withHeader("Idempotency-Key", equalTo(attempt + "-first-comment")));
    }

    @Test
    void failedFirstCommentLeavesThePostPublished() {
        mastodon.stubFor(post("/api/v1/statuses").withRequestBody(equalToJson("{\"status\":\"Hello\",\"media_ids\":[]}"))
                .willReturn(okJson("{\"id\":\"1001\",\"url\":\"https://localhost/@alice/1001\",\"visibility\":\"public\"}")));
        mastodon.stubFor(post("/api/v1/statuses").withRequestBody(equalToJson("{\"in_reply_to_id\":\"1001\"}", true, true))
                .willReturn(aResponse().withStatus(503)));

        PublishedPost published = connector.publish(channel, new Publication(UUID.randomUUID(), UUID.randomUUID(),
                "Hello", List.of(), null, "First!", Map.of()));

        assertThat(published.externalId()).isEqualTo("1001");
        assertThat(published.firstCommentFailed()).hasValueSatisfying(e -> assertThat(e.kind()).isEqualTo(FailureKind.RETRYABLE));
    }

    @Test
    void rateLimitIsRetryableAfterTheResetTime() {
        mastodon.stubFor(post("/api/v1/statuses").willReturn(aResponse().withStatus(429)
                .withHeader("X-RateLimit-Limit", "300").withHeader("X-RateLimit-Remaining", "0")
                .withHeader("X-RateLimit-Reset", "2026-11-26T12:05:00.000Z")
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"Too many requests\"}")));

        assertThatThrownBy(() -> connector.publish(channel, text("Hello")))
                .isInstanceOfSatisfying(NetworkException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.RETRYABLE);
                    assertThat(e.code()).isEqualTo("rate_limited");
                    assertThat(e.retryAfter()).contains(Duration.ofMinutes(5));
                    assertThat(e.httpStatus()).contains(429);
                });
    }

    @Test
    void validationErrorIsPermanentAndNamesMastodonsReason() {
        mastodon.stubFor(post("/api/v1/statuses").willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"Validation failed: Text character limit of 500 exceeded\"}")));

        assertThatThrownBy(() -> connector.publish(channel, text("x".repeat(501))))
                .isInstanceOfSatisfying(NetworkException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.PERMANENT);
                    assertThat(e.getMessage()).isEqualTo(
                            "Mastodon refused to publish the post: Validation failed: Text character limit of 500 exceeded.");
                });
    }

    @Test
    void serverErrorIsRetryableAndExpiredTokenNeedsReconnect() {
        mastodon.stubFor(post("/api/v1/statuses").willReturn(aResponse().withStatus(502).withBody("<html>Bad gateway</html>")));
        assertThatThrownBy(() -> connector.publish(channel, text("Hello")))
                .isInstanceOfSatisfying(NetworkException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.RETRYABLE));

        mastodon.stubFor(post("/api/v1/statuses").willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"The access token was revoked\"}")));
        assertThatThrownBy(() -> connector.publish(channel, text("Hello")))
                .isInstanceOfSatisfying(NetworkException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.AUTH);
                    assertThat(e.getMessage()).contains("The access token was revoked");
                });
    }

    @Test
    void timeoutAfterSendingIsAnUnknownOutcomeButARetryForReads() {
        MastodonConnector connector = new MastodonConnector(ConnectorFixtures.impatientHttp(), Duration.ofMillis(10), 5);
        long tooLong = ConnectorFixtures.SHORT_TIMEOUT.toMillis() + 1000;
        mastodon.stubFor(post("/api/v1/statuses").willReturn(okJson("{\"id\":\"1\"}").withFixedDelay((int) tooLong)));
        mastodon.stubFor(get("/api/v1/statuses/1").willReturn(okJson("{\"id\":\"1\"}").withFixedDelay((int) tooLong)));

        assertThatThrownBy(() -> connector.publish(channel, text("Hello")))
                .isInstanceOfSatisfying(NetworkException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.UNKNOWN_OUTCOME));
        assertThatThrownBy(() -> connector.postMetrics(channel, "1"))
                .isInstanceOfSatisfying(NetworkException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.RETRYABLE));
    }

    @Test
    void lookupFindsAnEarlierAttemptByItsText() {
        mastodon.stubFor(get(urlPathEqualTo("/api/v1/accounts/" + ACCOUNT_ID + "/statuses")).willReturn(okJson("""
                [{"id":"2002","url":"https://localhost/@alice/2002","content":"<p>Other post</p>"},
                 {"id":"2001","url":"https://localhost/@alice/2001",
                  "content":"<p>Launch &amp; learn <a href=\\"https://localhost/tags/sosmed\\" class=\\"mention hashtag\\">#<span>sosmed</span></a></p><p><a href=\\"https://example.com/launch\\"><span class=\\"invisible\\">https://</span><span>example.com/launch</span></a></p>"}]""")));

        Optional<PublishedPost> found = connector.lookup(channel, new Publication(UUID.randomUUID(), UUID.randomUUID(),
                "Launch & learn #sosmed", List.of(), "https://example.com/launch", null, Map.of()));
        Optional<PublishedPost> missing = connector.lookup(channel, text("Never posted"));

        assertThat(found).contains(new PublishedPost("2001", "https://localhost/@alice/2001"));
        assertThat(missing).isEmpty();
    }

    @Test
    void metricsComeFromTheStatusAndAccountCounts() {
        mastodon.stubFor(get("/api/v1/statuses/2001").willReturn(okJson("""
                {"id":"2001","favourites_count":7,"reblogs_count":3,"replies_count":2}""")));
        mastodon.stubFor(get("/api/v1/accounts/verify_credentials").willReturn(okJson("""
                {"id":"109382","acct":"alice","followers_count":1234}""")));

        Metrics post = connector.postMetrics(channel, "2001");
        Metrics account = connector.accountMetrics(channel);

        assertThat(post).isEqualTo(new Metrics(null, null, 7L, 2L, 3L, null, null, null, null));
        assertThat(account.followers()).isEqualTo(1234L);
    }

    @Test
    void inboxReadsMentionsAfterTheCursorOldestFirst() {
        mastodon.stubFor(get(urlPathEqualTo("/api/v1/notifications"))
                .withQueryParam("types[]", equalTo("mention")).withQueryParam("min_id", equalTo("500"))
                .willReturn(okJson("""
                        [{"id":"502","type":"mention","created_at":"2026-11-26T11:02:00.000Z",
                          "account":{"id":"77","acct":"bob@other.social","display_name":"Bob"},
                          "status":{"id":"9002","visibility":"direct","in_reply_to_id":null,
                                    "created_at":"2026-11-26T11:02:00.000Z","content":"<p>psst</p>",
                                    "account":{"id":"77","acct":"bob@other.social","display_name":"Bob"}}},
                         {"id":"501","type":"mention","created_at":"2026-11-26T11:01:00.000Z",
                          "account":{"id":"78","acct":"carol","display_name":"Carol"},
                          "status":{"id":"9001","visibility":"public","in_reply_to_id":"2001",
                                    "created_at":"2026-11-26T11:01:00.000Z","content":"<p>Love it &lt;3</p>",
                                    "account":{"id":"78","acct":"carol","display_name":"Carol"}}}]""")));

        InboxPage page = connector.inbox(channel, "500");

        assertThat(page.cursor()).isEqualTo("502");
        assertThat(page.items()).extracting(InboxItem::externalId).containsExactly("9001", "9002");
        InboxItem comment = page.items().get(0);
        assertThat(comment.kind()).isEqualTo(InboxItem.Kind.COMMENT);
        assertThat(comment.text()).isEqualTo("Love it <3");
        assertThat(comment.author()).isEqualTo(new InboxItem.Author("@carol", "Carol", "78"));
        assertThat(comment.parentExternalId()).isEqualTo("2001");
        assertThat(comment.postExternalId()).isEqualTo("2001");
        assertThat(page.items().get(1).kind()).isEqualTo(InboxItem.Kind.DM);
    }

    @Test
    void emptyInboxKeepsTheCursor() {
        mastodon.stubFor(get(urlPathEqualTo("/api/v1/notifications")).willReturn(okJson("[]")));

        assertThat(connector.inbox(channel, "777")).isEqualTo(new InboxPage(List.of(), "777"));
    }

    @Test
    void replyMentionsTheAuthorAndKeepsADirectMessageDirect() {
        mastodon.stubFor(get("/api/v1/statuses/9002").willReturn(okJson("""
                {"id":"9002","visibility":"direct","account":{"id":"77","acct":"bob@other.social"}}""")));
        mastodon.stubFor(post("/api/v1/statuses").withRequestBody(equalToJson("""
                {"status":"@bob@other.social Thanks, we will DM you","in_reply_to_id":"9002","visibility":"direct"}"""))
                .willReturn(okJson("{\"id\":\"9100\",\"url\":\"https://localhost/@alice/9100\"}")));

        PublishedPost reply = connector.reply(channel, "9002", "Thanks, we will DM you");

        assertThat(reply.externalId()).isEqualTo("9100");
    }

    @Test
    void deleteTreatsAnAlreadyDeletedPostAsDone() {
        mastodon.stubFor(delete("/api/v1/statuses/2001").willReturn(okJson("{\"id\":\"2001\"}")));
        mastodon.stubFor(delete("/api/v1/statuses/2002").willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"Record not found\"}")));
        mastodon.stubFor(delete("/api/v1/statuses/2003").willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"This action is not allowed\"}")));

        connector.delete(channel, "2001");
        connector.delete(channel, "2002");
        assertThatThrownBy(() -> connector.delete(channel, "2003"))
                .isInstanceOfSatisfying(NetworkException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.PERMANENT));
        mastodon.verify(1, deleteRequestedFor(urlEqualTo("/api/v1/statuses/2001")).withHeader("Authorization", equalTo(BEARER)));
    }

    @Test
    void mediaStillProcessingIsRetryable() {
        mastodon.stubFor(post("/api/v2/media").willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"5\",\"url\":null}")));
        mastodon.stubFor(get("/api/v1/media/5").willReturn(aResponse().withStatus(206)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"5\",\"url\":null}")));

        assertThatThrownBy(() -> connector.publish(channel, new Publication(UUID.randomUUID(), UUID.randomUUID(), "Video",
                List.of(ConnectorFixtures.png(null, "png".getBytes(StandardCharsets.UTF_8))), null, null, Map.of())))
                .isInstanceOfSatisfying(NetworkException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.RETRYABLE);
                    assertThat(e.code()).isEqualTo("media_processing");
                });
        mastodon.verify(0, postRequestedFor(urlEqualTo("/api/v1/statuses")));
    }

    private static Publication text(String text) {
        return new Publication(UUID.randomUUID(), UUID.randomUUID(), text, List.of(), null, null, Map.of());
    }
}
