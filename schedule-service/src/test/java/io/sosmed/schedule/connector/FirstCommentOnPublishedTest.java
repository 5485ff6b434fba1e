package io.sosmed.schedule.connector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.sosmed.schedule.connector.bluesky.BlueskyConnector;
import io.sosmed.schedule.connector.bluesky.BlueskySessions;
import io.sosmed.schedule.connector.linkedin.LinkedInConnector;
import io.sosmed.schedule.connector.mastodon.MastodonConnector;
import io.sosmed.schedule.connector.meta.FacebookConnector;
import io.sosmed.schedule.connector.meta.InstagramConnector;
import io.sosmed.schedule.connector.threads.ThreadsConnector;
import io.sosmed.schedule.connector.x.XConnector;
import io.sosmed.schedule.network.ChannelContext;
import io.sosmed.schedule.network.FailureKind;
import io.sosmed.schedule.network.Network;
import io.sosmed.schedule.network.NetworkConnector;
import io.sosmed.schedule.network.NetworkException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every connector with first comments can post one on a post that is already published (a retry of a failed first
 * comment), through the documented call it uses for the first comment, without any publish call.
 */
class FirstCommentOnPublishedTest {

    private static final String TEXT = "Sign up at example.com";
    private static WireMockServer network;

    private URI base;

    @BeforeAll
    static void start() {
        network = ConnectorFixtures.startNetwork();
    }

    @AfterAll
    static void stop() {
        network.stop();
    }

    @BeforeEach
    void reset() {
        network.resetAll();
        base = URI.create("http://localhost:" + network.port());
    }

    @Test
    void xRepliesToTheTweet() {
        network.stubFor(post("/2/tweets").withHeader("Authorization", equalTo("Bearer x-token"))
                .withRequestBody(matchingJsonPath("$.reply.in_reply_to_tweet_id", equalTo("1460323737035677698")))
                .withRequestBody(matchingJsonPath("$.text", equalTo(TEXT)))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"data\":{\"id\":\"1460323737035677699\",\"text\":\"" + TEXT + "\"}}")));
        XConnector x = new XConnector(ConnectorFixtures.http(), base, Optional.empty(), Optional.empty());

        assertThat(comment(x, channel(Network.X, "2244994945", Map.of("accessToken", "x-token")), "1460323737035677698"))
                .isEqualTo("1460323737035677699");
        assertOnlyCommentWasPosted("/2/tweets");
    }

    @Test
    void linkedInCommentsOnThePostAsTheOrganization() {
        String post = "urn:li:share:6844785523593134080";
        network.stubFor(post(urlPathEqualTo("/rest/socialActions/" + enc(post) + "/comments"))
                .withHeader("LinkedIn-Version", equalTo("202511")).withHeader("X-Restli-Protocol-Version", equalTo("2.0.0"))
                .withRequestBody(matchingJsonPath("$.actor", equalTo("urn:li:organization:5515715")))
                .withRequestBody(matchingJsonPath("$.object", equalTo(post)))
                .withRequestBody(matchingJsonPath("$.message.text", equalTo(TEXT)))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"$URN\":\"urn:li:comment:(urn:li:activity:6844785523593134082,6844785523593134099)\"}")));
        LinkedInConnector linkedIn = new LinkedInConnector(ConnectorFixtures.http(), base, "202511");

        assertThat(comment(linkedIn, channel(Network.LINKEDIN, "urn:li:organization:5515715",
                Map.of("accessToken", "li-token")), post))
                .isEqualTo("urn:li:comment:(urn:li:activity:6844785523593134082,6844785523593134099)");
        assertOnlyCommentWasPosted("/rest/socialActions/" + enc(post) + "/comments");
    }

    @Test
    void facebookAndInstagramCommentOnTheirPost() {
        network.stubFor(post("/v21.0/104823541200000_555/comments").withRequestBody(containing("message=Sign+up"))
                .willReturn(okJson("{\"id\":\"555_777\"}")));
        network.stubFor(post("/v21.0/17895695668004550/comments").withRequestBody(containing("message=Sign+up"))
                .willReturn(okJson("{\"id\":\"17858893269000001\"}")));
        URI graph = URI.create(base + "/v21.0");

        assertThat(comment(new FacebookConnector(ConnectorFixtures.http(), graph),
                channel(Network.FACEBOOK, "104823541200000", Map.of("accessToken", "page-token")), "104823541200000_555"))
                .isEqualTo("555_777");
        assertThat(comment(new InstagramConnector(ConnectorFixtures.http(), graph, Duration.ofMillis(10), 5),
                channel(Network.INSTAGRAM, "17841405822304914", Map.of("accessToken", "ig-token")), "17895695668004550"))
                .isEqualTo("17858893269000001");
        assertThat(network.findAll(postRequestedFor(anyUrl()))).hasSize(2)
                .allSatisfy(call -> assertThat(call.getUrl()).endsWith("/comments"));
    }

    @Test
    void threadsPublishesAReplyContainerToThePost() {
        String user = "25139292565713000";
        network.stubFor(post("/v1.0/" + user + "/threads").withRequestBody(containing("media_type=TEXT"))
                .withRequestBody(containing("reply_to_id=18000000000000001")).willReturn(okJson("{\"id\":\"container-7\"}")));
        network.stubFor(get(urlPathEqualTo("/v1.0/container-7")).willReturn(okJson("{\"status\":\"FINISHED\",\"id\":\"container-7\"}")));
        network.stubFor(post("/v1.0/" + user + "/threads_publish").withRequestBody(equalTo("creation_id=container-7"))
                .willReturn(okJson("{\"id\":\"18000000000000002\"}")));
        network.stubFor(get(urlPathEqualTo("/v1.0/18000000000000002")).willReturn(okJson("{\"id\":\"18000000000000002\"}")));
        ThreadsConnector threads = new ThreadsConnector(ConnectorFixtures.http(), URI.create(base + "/v1.0"),
                Duration.ofMillis(10), 5);

        assertThat(comment(threads, channel(Network.THREADS, user, Map.of("accessToken", "threads-token")), "18000000000000001"))
                .isEqualTo("18000000000000002");
    }

    @Test
    void mastodonRepliesWithThePostsVisibilityAndTheAttemptAsIdempotencyKey() {
        UUID attempt = UUID.randomUUID();
        network.stubFor(get("/api/v1/statuses/109372843234").willReturn(okJson(
                "{\"id\":\"109372843234\",\"visibility\":\"private\",\"account\":{\"id\":\"1\",\"acct\":\"alice\"}}")));
        network.stubFor(post("/api/v1/statuses").withHeader("Idempotency-Key", equalTo(attempt.toString()))
                .withRequestBody(matchingJsonPath("$.in_reply_to_id", equalTo("109372843234")))
                .withRequestBody(matchingJsonPath("$.visibility", equalTo("private")))
                .withRequestBody(matchingJsonPath("$.status", equalTo(TEXT)))
                .willReturn(okJson("{\"id\":\"109372843299\",\"url\":\"http://localhost/@alice/109372843299\"}")));
        MastodonConnector mastodon = new MastodonConnector(ConnectorFixtures.http(), Duration.ofMillis(10), 5);

        assertThat(mastodon.commentOnPublished(federated(Network.MASTODON, "1", Map.of("accessToken", "m-token")),
                "109372843234", TEXT, attempt).externalId()).isEqualTo("109372843299");
        assertOnlyCommentWasPosted("/api/v1/statuses");
    }

    @Test
    void blueskyRepliesWithThePostAsRootAndParent() {
        String did = "did:plc:ewvi7nxzyoun6zhxrhs64oiz";
        String uri = "at://" + did + "/app.bsky.feed.post/3k43tv4rft22g";
        String cid = "bafyreig2fjxi3rptqdgylg7e5hmjl6mcke7rn2b6cugzlqq3i4zu6rq52q";
        network.stubFor(get(urlPathEqualTo("/xrpc/app.bsky.feed.getPosts")).withQueryParam("uris", equalTo(uri))
                .willReturn(okJson("{\"posts\":[{\"uri\":\"" + uri + "\",\"cid\":\"" + cid + "\",\"record\":{\"text\":\"Hi\"}}]}")));
        network.stubFor(post("/xrpc/com.atproto.repo.createRecord")
                .withRequestBody(matchingJsonPath("$.record.reply.root.uri", equalTo(uri)))
                .withRequestBody(matchingJsonPath("$.record.reply.parent.cid", equalTo(cid)))
                .withRequestBody(matchingJsonPath("$.record.text", equalTo(TEXT)))
                .willReturn(okJson("{\"uri\":\"at://" + did + "/app.bsky.feed.post/3k43tv4rft22h\",\"cid\":\"bafyreiabc\"}")));
        BlueskyConnector bluesky = new BlueskyConnector(new BlueskySessions(ConnectorFixtures.http()));

        assertThat(comment(bluesky, federated(Network.BLUESKY, did, Map.of("identifier", "alice.test",
                "appPassword", "app-pass", "accessJwt", "access-jwt-1", "refreshJwt", "refresh-jwt-1")), uri))
                .isEqualTo("at://" + did + "/app.bsky.feed.post/3k43tv4rft22h");
        assertOnlyCommentWasPosted("/xrpc/com.atproto.repo.createRecord");
    }

    @Test
    void aRetryableAnswerStaysRetryable() {
        network.stubFor(post("/2/tweets").willReturn(aResponse().withStatus(503).withBody("Service Unavailable")));
        XConnector x = new XConnector(ConnectorFixtures.http(), base, Optional.empty(), Optional.empty());

        assertThatThrownBy(() -> comment(x, channel(Network.X, "2244994945", Map.of("accessToken", "x-token")), "1"))
                .isInstanceOfSatisfying(NetworkException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.RETRYABLE));
    }

    private static String comment(NetworkConnector connector, ChannelContext channel, String postId) {
        return connector.commentOnPublished(channel, postId, TEXT, UUID.randomUUID()).externalId();
    }

    private static void assertOnlyCommentWasPosted(String path) {
        assertThat(network.findAll(anyRequestedFor(anyUrl())).stream().filter(r -> r.getMethod().getName().equals("POST")))
                .hasSize(1).allSatisfy(call -> assertThat(call.getUrl()).startsWith(path));
    }

    private static ChannelContext channel(Network net, String accountId, Map<String, String> credentials) {
        return new ChannelContext("acme", UUID.randomUUID().toString(), net, null, "@acme", accountId, credentials,
                changed -> { });
    }

    private ChannelContext federated(Network net, String accountId, Map<String, String> credentials) {
        return new ChannelContext("acme", UUID.randomUUID().toString(), net, base, "@acme", accountId, credentials,
                changed -> { });
    }

    private static String enc(String urn) {
        return URLEncoder.encode(urn, StandardCharsets.UTF_8);
    }
}
