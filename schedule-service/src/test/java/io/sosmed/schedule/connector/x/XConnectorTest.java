package io.sosmed.schedule.connector.x;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
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
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The X connector against stubs of the documented X API v2 requests and answers (docs.x.com). */
class XConnectorTest {

    private static final String USER_ID = "2244994945";
    private static final String TOKEN = "x-user-token";
    private static WireMockServer x;

    private XConnector connector;
    private Map<String, String> refreshed;
    private ChannelContext channel;

    @BeforeAll
    static void start() {
        x = ConnectorFixtures.startNetwork();
    }

    @AfterAll
    static void stop() {
        x.stop();
    }

    @BeforeEach
    void reset() {
        x.resetAll();
        connector = new XConnector(ConnectorFixtures.http(), URI.create("http://localhost:" + x.port()),
                Optional.of("sosmed-client"), Optional.of("client-secret"));
        refreshed = ConnectorFixtures.sink();
        channel = new ChannelContext("acme", UUID.randomUUID().toString(), Network.X, null, "@acme", USER_ID,
                Map.of("accessToken", TOKEN, "refreshToken", "refresh-1"), refreshed::putAll);
    }

    @Test
    void verifiesTheUserToken() {
        x.stubFor(get("/2/users/me").withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .willReturn(okJson("{\"data\":{\"id\":\"" + USER_ID + "\",\"name\":\"Acme\",\"username\":\"acme\"}}")));

        VerifiedAccount account = connector.verify(null, Map.of("accessToken", TOKEN));

        assertThat(account.accountId()).isEqualTo(USER_ID);
        assertThat(account.handle()).isEqualTo("@acme");
        assertThat(account.limits().maxTextLength()).isEqualTo(280);
        assertThat(connector.federated()).isFalse();
    }

    @Test
    void publishesWithImageAltTextAndFirstCommentAsReply() {
        x.stubFor(post("/2/media/upload").withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withMultipartRequestBody(aMultipart("media_category").withBody(equalTo("tweet_image")))
                .willReturn(okJson("{\"data\":{\"id\":\"1880028106020515840\",\"media_key\":\"3_1880028106020515840\",\"size\":3}}")));
        x.stubFor(post("/2/media/metadata").withRequestBody(equalToJson(
                        "{\"id\":\"1880028106020515840\",\"metadata\":{\"alt_text\":{\"text\":\"Our new logo\"}}}"))
                .willReturn(okJson("{\"data\":{\"id\":\"1880028106020515840\",\"associated_metadata\":true}}")));
        x.stubFor(post("/2/tweets").withRequestBody(equalToJson(
                        "{\"text\":\"New logo! https://example.com/logo\",\"media\":{\"media_ids\":[\"1880028106020515840\"]}}"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"data\":{\"id\":\"1445880548472328192\",\"text\":\"New logo!\"}}")));
        x.stubFor(post("/2/tweets").withRequestBody(equalToJson(
                        "{\"text\":\"Tell us what you think\",\"reply\":{\"in_reply_to_tweet_id\":\"1445880548472328192\"}}"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"data\":{\"id\":\"1445880548472328193\",\"text\":\"Tell us\"}}")));

        PublishedPost published = connector.publish(channel, new Publication(UUID.randomUUID(), UUID.randomUUID(),
                "New logo! https://example.com/logo", List.of(ConnectorFixtures.png("Our new logo", new byte[] {9})),
                "https://example.com/logo", "Tell us what you think", Map.of()));

        assertThat(published).isEqualTo(new PublishedPost("1445880548472328192", "https://x.com/acme/status/1445880548472328192"));
        x.verify(2, postRequestedFor(urlEqualTo("/2/tweets")));
    }

    @Test
    void expiredTokenIsRefreshedOnceAndStored() {
        x.stubFor(post("/2/tweets").withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                        .withBody("{\"title\":\"Unauthorized\",\"type\":\"about:blank\",\"status\":401,\"detail\":\"Unauthorized\"}")));
        x.stubFor(post("/2/oauth2/token").withHeader("Authorization", containing("Basic "))
                .withRequestBody(containing("grant_type=refresh_token")).withRequestBody(containing("refresh_token=refresh-1"))
                .willReturn(okJson("{\"token_type\":\"bearer\",\"expires_in\":7200,\"access_token\":\"x-token-2\",\"refresh_token\":\"refresh-2\"}")));
        x.stubFor(post("/2/tweets").withHeader("Authorization", equalTo("Bearer x-token-2"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"data\":{\"id\":\"77\",\"text\":\"Hello\"}}")));

        assertThat(connector.publish(channel, text("Hello")).externalId()).isEqualTo("77");
        assertThat(refreshed).containsEntry("accessToken", "x-token-2").containsEntry("refreshToken", "refresh-2");
    }

    @Test
    void revokedRefreshTokenNeedsReconnect() {
        x.stubFor(post("/2/tweets").willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                .withBody("{\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"Unauthorized\"}")));
        x.stubFor(post("/2/oauth2/token").willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"invalid_request\",\"error_description\":\"Value passed for the token was invalid.\"}")));

        assertThatThrownBy(() -> connector.publish(channel, text("Hello")))
                .isInstanceOfSatisfying(NetworkException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.AUTH));
        assertThat(refreshed).isEmpty();
    }

    @Test
    void rateLimitWaitsUntilTheResetEpoch() {
        long reset = ConnectorFixtures.NOW.plusSeconds(900).getEpochSecond();
        x.stubFor(post("/2/tweets").willReturn(aResponse().withStatus(429).withHeader("x-rate-limit-limit", "200")
                .withHeader("x-rate-limit-remaining", "0").withHeader("x-rate-limit-reset", String.valueOf(reset))
                .withHeader("Content-Type", "application/json")
                .withBody("{\"title\":\"Too Many Requests\",\"detail\":\"Too Many Requests\",\"type\":\"about:blank\",\"status\":429}")));

        assertThatThrownBy(() -> connector.publish(channel, text("Hello")))
                .isInstanceOfSatisfying(NetworkException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.RETRYABLE);
                    assertThat(e.retryAfter()).contains(Duration.ofMinutes(15));
                });
    }

    @Test
    void duplicateAndInvalidPostsArePermanentWithXsReason() {
        x.stubFor(post("/2/tweets").willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                .withBody("{\"detail\":\"You are not allowed to create a Tweet with duplicate content.\",\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403}")));
        assertThatThrownBy(() -> connector.publish(channel, text("Hello")))
                .isInstanceOfSatisfying(NetworkException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.PERMANENT);
                    assertThat(e.getMessage()).contains("duplicate content");
                });

        x.stubFor(post("/2/tweets").willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"errors\":[{\"parameters\":{\"text\":[\"...\"]},\"message\":\"Your Tweet text is too long.\"}],"
                        + "\"title\":\"Invalid Request\",\"detail\":\"One or more parameters to your request was invalid.\"}")));
        assertThatThrownBy(() -> connector.publish(channel, text("x".repeat(300))))
                .isInstanceOfSatisfying(NetworkException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.PERMANENT);
                    assertThat(e.getMessage()).isEqualTo("X refused to publish the post: Your Tweet text is too long.");
                });

        x.stubFor(post("/2/tweets").willReturn(aResponse().withStatus(503)
                .withBody("{\"title\":\"Service Unavailable\",\"detail\":\"Service Unavailable\",\"status\":503}")));
        assertThatThrownBy(() -> connector.publish(channel, text("Hello")))
                .isInstanceOfSatisfying(NetworkException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.RETRYABLE));
    }

    @Test
    void metricsFromPublicMetrics() {
        x.stubFor(get(urlPathEqualTo("/2/tweets/77")).withQueryParam("tweet.fields", equalTo("public_metrics"))
                .willReturn(okJson("""
                        {"data":{"id":"77","text":"Hello","public_metrics":{"retweet_count":4,"reply_count":2,
                         "like_count":30,"quote_count":1,"bookmark_count":3,"impression_count":1200}}}""")));

        assertThat(connector.postMetrics(channel, "77")).isEqualTo(new Metrics(1200L, null, 30L, 2L, 5L, 3L, null, null, null));
    }

    @Test
    void mentionsSinceTheCursorBecomeInboxItems() {
        x.stubFor(get(urlPathEqualTo("/2/users/" + USER_ID + "/mentions")).withQueryParam("since_id", equalTo("100"))
                .willReturn(okJson("""
                        {"data":[
                          {"id":"102","text":"@acme love the logo","author_id":"9","conversation_id":"77",
                           "created_at":"2026-11-26T11:02:00.000Z","referenced_tweets":[{"type":"replied_to","id":"77"}]},
                          {"id":"101","text":"hey @acme","author_id":"8","conversation_id":"101","created_at":"2026-11-26T11:01:00.000Z"}],
                         "includes":{"users":[{"id":"9","name":"Nina","username":"nina"},{"id":"8","name":"Omar","username":"omar"}]},
                         "meta":{"newest_id":"102","oldest_id":"101","result_count":2}}""")));
        x.stubFor(get(urlPathEqualTo("/2/users/" + USER_ID + "/mentions")).withQueryParam("since_id", equalTo("102"))
                .willReturn(okJson("{\"meta\":{\"result_count\":0}}")));

        InboxPage page = connector.inbox(channel, "100");

        assertThat(page.cursor()).isEqualTo("102");
        assertThat(page.items()).extracting(InboxItem::externalId).containsExactly("101", "102");
        InboxItem reply = page.items().get(1);
        assertThat(reply.kind()).isEqualTo(InboxItem.Kind.COMMENT);
        assertThat(reply.author()).isEqualTo(new InboxItem.Author("@nina", "Nina", "9"));
        assertThat(reply.parentExternalId()).isEqualTo("77");
        assertThat(reply.conversationExternalId()).isEqualTo("77");
        assertThat(page.items().get(0).kind()).isEqualTo(InboxItem.Kind.MENTION);
        assertThat(connector.inbox(channel, "102")).isEqualTo(new InboxPage(List.of(), "102"));
    }

    @Test
    void deleteLookupAndReply() {
        x.stubFor(delete("/2/tweets/77").willReturn(okJson("{\"data\":{\"deleted\":true}}")));
        x.stubFor(get(urlPathEqualTo("/2/users/" + USER_ID + "/tweets")).willReturn(okJson("""
                {"data":[{"id":"80","text":"Other"},{"id":"79","text":"Hello   world"}],"meta":{"result_count":2}}""")));
        x.stubFor(post("/2/tweets").withRequestBody(equalToJson("{\"text\":\"Thanks!\",\"reply\":{\"in_reply_to_tweet_id\":\"102\"}}"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"data\":{\"id\":\"103\",\"text\":\"Thanks!\"}}")));

        connector.delete(channel, "77");

        assertThat(connector.lookup(channel, text("Hello world"))).map(PublishedPost::externalId).contains("79");
        assertThat(connector.lookup(channel, text("Never"))).isEmpty();
        assertThat(connector.reply(channel, "102", "Thanks!").externalId()).isEqualTo("103");
    }

    private static Publication text(String text) {
        return new Publication(UUID.randomUUID(), UUID.randomUUID(), text, List.of(), null, null, Map.of());
    }
}
