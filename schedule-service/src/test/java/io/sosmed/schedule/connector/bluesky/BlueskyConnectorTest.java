package io.sosmed.schedule.connector.bluesky;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Bluesky connector against stubs of the documented XRPC requests and answers (docs.bsky.app). */
class BlueskyConnectorTest {

    private static final String DID = "did:plc:ewvi7nxzyoun6zhxrhs64oiz";
    private static final String ACCESS = "access-jwt-1";
    private static final String POST_URI = "at://" + DID + "/app.bsky.feed.post/3k43tv4rft22g";
    private static final String POST_CID = "bafyreig2fjxi3rptqdgylg7e5hmjl6mcke7rn2b6cugzlqq3i4zu6rq52q";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static WireMockServer bluesky;

    private final BlueskyConnector connector = new BlueskyConnector(new BlueskySessions(ConnectorFixtures.http()));
    private Map<String, String> refreshed;
    private ChannelContext channel;

    @BeforeAll
    static void start() {
        bluesky = ConnectorFixtures.startNetwork();
    }

    @AfterAll
    static void stop() {
        bluesky.stop();
    }

    @BeforeEach
    void reset() {
        bluesky.resetAll();
        refreshed = ConnectorFixtures.sink();
        channel = new ChannelContext("acme", UUID.randomUUID().toString(), Network.BLUESKY,
                URI.create("http://localhost:" + bluesky.port()), "alice.test", DID,
                Map.of("identifier", "alice.test", "appPassword", "app-pass", "accessJwt", ACCESS,
                        "refreshJwt", "refresh-jwt-1"), refreshed::putAll);
    }

    @Test
    void verifiesTheAppPasswordWithCreateSession() {
        bluesky.stubFor(post("/xrpc/com.atproto.server.createSession")
                .withRequestBody(equalToJson("{\"identifier\":\"alice.test\",\"password\":\"app-pass\"}"))
                .willReturn(okJson("{\"did\":\"" + DID + "\",\"handle\":\"alice.test\",\"accessJwt\":\"a\",\"refreshJwt\":\"r\"}")));

        VerifiedAccount account = connector.verify(channel.baseUrl(), Map.of("identifier", "alice.test", "appPassword", "app-pass"));

        assertThat(account.accountId()).isEqualTo(DID);
        assertThat(account.handle()).isEqualTo("alice.test");
        assertThat(account.limits().maxTextLength()).isEqualTo(300);
        assertThat(account.credentials()).containsEntry("accessJwt", "a").containsEntry("refreshJwt", "r")
                .containsEntry("appPassword", "app-pass");
    }

    @Test
    void wrongAppPasswordIsAnAuthFailure() {
        bluesky.stubFor(post("/xrpc/com.atproto.server.createSession").willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"AuthenticationRequired\",\"message\":\"Invalid identifier or password\"}")));

        assertThatThrownBy(() -> connector.verify(channel.baseUrl(), Map.of("identifier", "alice.test", "appPassword", "bad")))
                .isInstanceOfSatisfying(NetworkException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.AUTH);
                    assertThat(e.getMessage()).contains("Invalid identifier or password");
                });
    }

    @Test
    void publishesFacetsImageWithAltTextAndFirstCommentAsReply() throws Exception {
        bluesky.stubFor(get(urlPathEqualTo("/xrpc/com.atproto.identity.resolveHandle"))
                .withQueryParam("handle", equalTo("bob.test"))
                .willReturn(okJson("{\"did\":\"did:plc:bob\"}")));
        bluesky.stubFor(post("/xrpc/com.atproto.repo.uploadBlob").withHeader("Content-Type", equalTo("image/png"))
                .withHeader("Authorization", equalTo("Bearer " + ACCESS))
                .willReturn(okJson("""
                        {"blob":{"$type":"blob","ref":{"$link":"bafkreibabalobzn6cd366ukcsjycp4yymjymgfxcv6xczmlgpemzkz3cfa"},
                         "mimeType":"image/png","size":3}}""")));
        bluesky.stubFor(post("/xrpc/com.atproto.repo.createRecord")
                .withRequestBody(matchingJsonPath("$.record.reply", com.github.tomakehurst.wiremock.client.WireMock.absent()))
                .willReturn(okJson("{\"uri\":\"" + POST_URI + "\",\"cid\":\"" + POST_CID + "\"}")));
        bluesky.stubFor(post("/xrpc/com.atproto.repo.createRecord")
                .withRequestBody(matchingJsonPath("$.record.reply.parent.uri", equalTo(POST_URI)))
                .willReturn(okJson("{\"uri\":\"at://" + DID + "/app.bsky.feed.post/3k43tv4rft22h\",\"cid\":\"bafyreib\"}")));

        PublishedPost published = connector.publish(channel, new Publication(UUID.randomUUID(), UUID.randomUUID(),
                "Café ☕ launch with @bob.test #sosmed https://example.com/launch",
                List.of(ConnectorFixtures.png("A cup of coffee", new byte[] {1, 2, 3})), null, "More in the thread 🧵",
                Map.of("language", "en")));

        assertThat(published).isEqualTo(new PublishedPost(POST_URI, "https://bsky.app/profile/alice.test/post/3k43tv4rft22g"));
        List<JsonNode> records = bluesky.findAll(postRequestedFor(urlEqualTo("/xrpc/com.atproto.repo.createRecord")))
                .stream().map(request -> read(request.getBodyAsString())).toList();
        assertThat(records).hasSize(2);
        JsonNode post = records.get(0);
        assertThat(post.path("repo").asText()).isEqualTo(DID);
        assertThat(post.path("collection").asText()).isEqualTo("app.bsky.feed.post");
        JsonNode record = post.path("record");
        assertThat(record.path("$type").asText()).isEqualTo("app.bsky.feed.post");
        assertThat(record.path("createdAt").asText()).isEqualTo("2026-11-26T12:00:00Z");
        assertThat(record.path("langs").get(0).asText()).isEqualTo("en");
        // "Café ☕ launch with " is 22 bytes: é is 2 bytes, ☕ is 3.
        assertThat(record.path("facets")).isEqualTo(read("""
                [{"index":{"byteStart":22,"byteEnd":31},"features":[{"$type":"app.bsky.richtext.facet#mention","did":"did:plc:bob"}]},
                 {"index":{"byteStart":32,"byteEnd":39},"features":[{"$type":"app.bsky.richtext.facet#tag","tag":"sosmed"}]},
                 {"index":{"byteStart":40,"byteEnd":66},"features":[{"$type":"app.bsky.richtext.facet#link","uri":"https://example.com/launch"}]}]"""));
        assertThat(record.path("embed")).isEqualTo(read("""
                {"$type":"app.bsky.embed.images","images":[{"alt":"A cup of coffee",
                 "image":{"$type":"blob","ref":{"$link":"bafkreibabalobzn6cd366ukcsjycp4yymjymgfxcv6xczmlgpemzkz3cfa"},"mimeType":"image/png","size":3},
                 "aspectRatio":{"width":2,"height":2}}]}"""));
        JsonNode reply = records.get(1).path("record");
        assertThat(reply.path("text").asText()).isEqualTo("More in the thread 🧵");
        assertThat(reply.path("reply")).isEqualTo(read("{\"root\":{\"uri\":\"" + POST_URI + "\",\"cid\":\"" + POST_CID
                + "\"},\"parent\":{\"uri\":\"" + POST_URI + "\",\"cid\":\"" + POST_CID + "\"}}"));
    }

    @Test
    void postWithoutImagesGetsALinkCardAndUnresolvableMentionsStayText() {
        bluesky.stubFor(get(urlPathEqualTo("/xrpc/com.atproto.identity.resolveHandle")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"InvalidRequest\",\"message\":\"Unable to resolve handle\"}")));
        bluesky.stubFor(post("/xrpc/com.atproto.repo.createRecord")
                .willReturn(okJson("{\"uri\":\"" + POST_URI + "\",\"cid\":\"" + POST_CID + "\"}")));

        connector.publish(channel, new Publication(UUID.randomUUID(), UUID.randomUUID(), "Read this, @ghost.test",
                List.of(), "https://example.com/blog", null, Map.of("linkTitle", "Our blog")));

        JsonNode record = read(bluesky.findAll(postRequestedFor(urlEqualTo("/xrpc/com.atproto.repo.createRecord")))
                .get(0).getBodyAsString()).path("record");
        assertThat(record.path("text").asText()).isEqualTo("Read this, @ghost.test\n\nhttps://example.com/blog");
        assertThat(record.path("facets")).hasSize(1);
        assertThat(record.path("facets").get(0).path("features").get(0).path("uri").asText()).isEqualTo("https://example.com/blog");
        assertThat(record.path("embed")).isEqualTo(read("""
                {"$type":"app.bsky.embed.external","external":{"uri":"https://example.com/blog","title":"Our blog","description":""}}"""));
    }

    @Test
    void expiredAccessTokenIsRefreshedStoredAndTheCallRepeated() {
        bluesky.stubFor(post("/xrpc/com.atproto.repo.createRecord").withHeader("Authorization", equalTo("Bearer " + ACCESS))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"ExpiredToken\",\"message\":\"Token has expired\"}")));
        bluesky.stubFor(post("/xrpc/com.atproto.server.refreshSession").withHeader("Authorization", equalTo("Bearer refresh-jwt-1"))
                .willReturn(okJson("{\"did\":\"" + DID + "\",\"handle\":\"alice.test\",\"accessJwt\":\"access-jwt-2\",\"refreshJwt\":\"refresh-jwt-2\"}")));
        bluesky.stubFor(post("/xrpc/com.atproto.repo.createRecord").withHeader("Authorization", equalTo("Bearer access-jwt-2"))
                .willReturn(okJson("{\"uri\":\"" + POST_URI + "\",\"cid\":\"" + POST_CID + "\"}")));

        PublishedPost published = connector.publish(channel, text("Hello"));

        assertThat(published.externalId()).isEqualTo(POST_URI);
        assertThat(refreshed).containsEntry("accessJwt", "access-jwt-2").containsEntry("refreshJwt", "refresh-jwt-2");
    }

    @Test
    void revokedSessionAndWrongPasswordNeedReconnect() {
        bluesky.stubFor(post("/xrpc/com.atproto.repo.createRecord").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"ExpiredToken\",\"message\":\"Token has expired\"}")));
        bluesky.stubFor(post("/xrpc/com.atproto.server.refreshSession").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"ExpiredToken\",\"message\":\"Token has been revoked\"}")));
        bluesky.stubFor(post("/xrpc/com.atproto.server.createSession").willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"AuthenticationRequired\",\"message\":\"Invalid identifier or password\"}")));

        assertThatThrownBy(() -> connector.publish(channel, text("Hello")))
                .isInstanceOfSatisfying(NetworkException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.AUTH));
    }

    @Test
    void rateLimitUsesTheResetHeader() {
        long reset = ConnectorFixtures.NOW.plusSeconds(90).getEpochSecond();
        bluesky.stubFor(post("/xrpc/com.atproto.repo.createRecord").willReturn(aResponse().withStatus(429)
                .withHeader("ratelimit-limit", "5000").withHeader("ratelimit-remaining", "0")
                .withHeader("ratelimit-reset", String.valueOf(reset)).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"RateLimitExceeded\",\"message\":\"Rate Limit Exceeded\"}")));

        assertThatThrownBy(() -> connector.publish(channel, text("Hello")))
                .isInstanceOfSatisfying(NetworkException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.RETRYABLE);
                    assertThat(e.retryAfter()).contains(Duration.ofSeconds(90));
                });
    }

    @Test
    void invalidRecordIsPermanentWithBlueskysReasonAndServerErrorsAreRetried() {
        bluesky.stubFor(post("/xrpc/com.atproto.repo.createRecord").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"InvalidRequest\",\"message\":\"Invalid app.bsky.feed.post record: Record/text must not be longer than 300 graphemes\"}")));
        assertThatThrownBy(() -> connector.publish(channel, text("x".repeat(301))))
                .isInstanceOfSatisfying(NetworkException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.PERMANENT);
                    assertThat(e.getMessage()).contains("must not be longer than 300 graphemes");
                });

        bluesky.stubFor(post("/xrpc/com.atproto.repo.createRecord").willReturn(aResponse().withStatus(502)));
        assertThatThrownBy(() -> connector.publish(channel, text("Hello")))
                .isInstanceOfSatisfying(NetworkException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.RETRYABLE));
    }

    @Test
    void videosAreRefusedBeforeAnythingIsSent() {
        var video = new io.sosmed.schedule.network.MediaItem(UUID.randomUUID(), "video/mp4", 10, 2, 2, 3.0, null, null,
                () -> new java.io.ByteArrayInputStream(new byte[10]));

        assertThatThrownBy(() -> connector.publish(channel, new Publication(UUID.randomUUID(), UUID.randomUUID(), "Clip",
                List.of(video), null, null, Map.of())))
                .isInstanceOfSatisfying(NetworkException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.PERMANENT));
        assertThat(bluesky.getAllServeEvents()).isEmpty();
    }

    @Test
    void metricsFromGetPostsAndProfile() {
        bluesky.stubFor(get(urlPathEqualTo("/xrpc/app.bsky.feed.getPosts")).withQueryParam("uris", equalTo(POST_URI))
                .willReturn(okJson("{\"posts\":[{\"uri\":\"" + POST_URI + "\",\"cid\":\"" + POST_CID
                        + "\",\"likeCount\":10,\"repostCount\":4,\"quoteCount\":1,\"replyCount\":3}]}")));
        bluesky.stubFor(get(urlPathEqualTo("/xrpc/app.bsky.actor.getProfile")).withQueryParam("actor", equalTo(DID))
                .willReturn(okJson("{\"did\":\"" + DID + "\",\"followersCount\":321}")));

        assertThat(connector.postMetrics(channel, POST_URI)).isEqualTo(new Metrics(null, null, 10L, 3L, 5L, null, null, null, null));
        assertThat(connector.accountMetrics(channel).followers()).isEqualTo(321L);
    }

    @Test
    void inboxKeepsRepliesMentionsAndQuotesNewerThanTheCursor() {
        bluesky.stubFor(get(urlPathEqualTo("/xrpc/app.bsky.notification.listNotifications")).willReturn(okJson("""
                {"cursor":"older","notifications":[
                 {"uri":"at://did:plc:carol/app.bsky.feed.post/3","cid":"c3","reason":"reply","indexedAt":"2026-11-26T11:03:00.000Z",
                  "author":{"did":"did:plc:carol","handle":"carol.test","displayName":"Carol"},
                  "record":{"text":"Great post!","reply":{"root":{"uri":"%s","cid":"%s"},"parent":{"uri":"%s","cid":"%s"}}}},
                 {"uri":"at://did:plc:dan/app.bsky.feed.like/2","cid":"c2","reason":"like","indexedAt":"2026-11-26T11:02:00.000Z",
                  "author":{"did":"did:plc:dan","handle":"dan.test"},"record":{}},
                 {"uri":"at://did:plc:erin/app.bsky.feed.post/1","cid":"c1","reason":"mention","indexedAt":"2026-11-26T11:01:00.000Z",
                  "author":{"did":"did:plc:erin","handle":"erin.test"},"record":{"text":"hey @alice.test"}},
                 {"uri":"at://did:plc:old/app.bsky.feed.post/0","cid":"c0","reason":"mention","indexedAt":"2026-11-26T10:00:00.000Z",
                  "author":{"did":"did:plc:old","handle":"old.test"},"record":{"text":"seen before"}}]}"""
                .formatted(POST_URI, POST_CID, POST_URI, POST_CID))));

        InboxPage page = connector.inbox(channel, "2026-11-26T10:30:00Z");

        assertThat(page.cursor()).isEqualTo("2026-11-26T11:03:00Z");
        assertThat(page.items()).extracting(InboxItem::externalId)
                .containsExactly("at://did:plc:erin/app.bsky.feed.post/1", "at://did:plc:carol/app.bsky.feed.post/3");
        InboxItem reply = page.items().get(1);
        assertThat(reply.kind()).isEqualTo(InboxItem.Kind.COMMENT);
        assertThat(reply.author()).isEqualTo(new InboxItem.Author("carol.test", "Carol", "did:plc:carol"));
        assertThat(reply.parentExternalId()).isEqualTo(POST_URI);
        assertThat(reply.postExternalId()).isEqualTo(POST_URI);
        assertThat(page.items().get(0).kind()).isEqualTo(InboxItem.Kind.MENTION);
    }

    @Test
    void replyReferencesTheThreadRootAndTheParent() {
        String parentUri = "at://did:plc:carol/app.bsky.feed.post/3";
        bluesky.stubFor(get(urlPathEqualTo("/xrpc/app.bsky.feed.getPosts")).withQueryParam("uris", equalTo(parentUri))
                .willReturn(okJson(("{\"posts\":[{\"uri\":\"%s\",\"cid\":\"c3\",\"record\":{\"text\":\"Great post!\","
                        + "\"reply\":{\"root\":{\"uri\":\"%s\",\"cid\":\"%s\"},\"parent\":{\"uri\":\"%s\",\"cid\":\"%s\"}}}}]}")
                        .formatted(parentUri, POST_URI, POST_CID, POST_URI, POST_CID))));
        bluesky.stubFor(post("/xrpc/com.atproto.repo.createRecord")
                .withRequestBody(matchingJsonPath("$.record.reply.root.uri", equalTo(POST_URI)))
                .withRequestBody(matchingJsonPath("$.record.reply.parent.uri", equalTo(parentUri)))
                .withRequestBody(matchingJsonPath("$.record.reply.parent.cid", equalTo("c3")))
                .willReturn(okJson("{\"uri\":\"at://" + DID + "/app.bsky.feed.post/9\",\"cid\":\"c9\"}")));

        assertThat(connector.reply(channel, parentUri, "Thank you!").externalId()).isEqualTo("at://" + DID + "/app.bsky.feed.post/9");
    }

    @Test
    void deleteAndLookup() {
        bluesky.stubFor(post("/xrpc/com.atproto.repo.deleteRecord")
                .withRequestBody(equalToJson("{\"repo\":\"" + DID + "\",\"collection\":\"app.bsky.feed.post\",\"rkey\":\"3k43tv4rft22g\"}"))
                .willReturn(okJson("{}")));
        bluesky.stubFor(get(urlPathEqualTo("/xrpc/com.atproto.repo.listRecords")).withQueryParam("repo", equalTo(DID))
                .willReturn(okJson("{\"records\":[{\"uri\":\"" + POST_URI + "\",\"cid\":\"" + POST_CID
                        + "\",\"value\":{\"text\":\"Hello   world\"}}]}")));

        connector.delete(channel, POST_URI);

        bluesky.verify(1, postRequestedFor(urlEqualTo("/xrpc/com.atproto.repo.deleteRecord")));
        assertThat(connector.lookup(channel, text("Hello world"))).map(PublishedPost::externalId).contains(POST_URI);
        assertThat(connector.lookup(channel, text("Something else"))).isEmpty();
    }

    private static Publication text(String text) {
        return new Publication(UUID.randomUUID(), UUID.randomUUID(), text, List.of(), null, null, Map.of());
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
