package io.sosmed.local.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BlueskySimulatorTest extends RunningSimulatorTest {

    @Test
    void aPostKeepsItsFacetsAndImageAltTextAndCanBeReadBack() throws Exception {
        JsonNode session = session("alice.test", "app-password");
        String jwt = session.path("accessJwt").asText();
        String did = session.path("did").asText();
        JsonNode blob = call("com.atproto.repo.uploadBlob", jwt, new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "image/png")
                .path("blob");
        ObjectNode record = postRecord("Read more at https://sosmed.example #launch");
        record.putArray("facets").addObject().<ObjectNode>set("index", JSON.createObjectNode()
                .put("byteStart", 36).put("byteEnd", 43)).putArray("features").addObject()
                .put("$type", "app.bsky.richtext.facet#tag").put("tag", "launch");
        ObjectNode embed = record.putObject("embed").put("$type", "app.bsky.embed.images");
        embed.putArray("images").addObject().put("alt", "Our new dashboard").set("image", blob);

        JsonNode created = call("com.atproto.repo.createRecord", jwt, createRecord(did, record));
        String rkey = created.path("uri").asText().substring(created.path("uri").asText().lastIndexOf('/') + 1);
        JsonNode stored = get("com.atproto.repo.getRecord?repo=" + did + "&collection=app.bsky.feed.post&rkey=" + rkey,
                null).path("value");

        assertThat(session.path("handle").asText()).isEqualTo("alice.test");
        assertThat(created.path("uri").asText()).startsWith("at://" + did + "/app.bsky.feed.post/");
        assertThat(stored.path("facets").get(0).path("features").get(0).path("tag").asText()).isEqualTo("launch");
        assertThat(stored.path("embed").path("images").get(0).path("alt").asText()).isEqualTo("Our new dashboard");
        assertThat(get("com.atproto.identity.resolveHandle?handle=alice.test", null).path("did").asText())
                .isEqualTo(did);
    }

    @Test
    void facetsOutsideTheTextAndImagesWithoutAnUploadedBlobAreRefused() throws Exception {
        JsonNode session = session("bob.test", "app-password");
        String jwt = session.path("accessJwt").asText();
        ObjectNode record = postRecord("short");
        record.putArray("facets").addObject().<ObjectNode>set("index", JSON.createObjectNode()
                .put("byteStart", 2).put("byteEnd", 40)).putArray("features").addObject()
                .put("$type", "app.bsky.richtext.facet#tag").put("tag", "x");

        HttpResponse<String> refused = send("com.atproto.repo.createRecord", jwt,
                JSON.writeValueAsBytes(createRecord(session.path("did").asText(), record)), "application/json");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).path("error").asText()).isEqualTo("InvalidRequest");
        assertThat(JSON.readTree(refused.body()).path("message").asText()).contains("facets");
    }

    @Test
    void followersRepliesArriveAsReplyNotificationsNewestFirst() throws Exception {
        JsonNode session = session("carol.test", "app-password");
        String jwt = session.path("accessJwt").asText();
        String uri = call("com.atproto.repo.createRecord", jwt,
                createRecord(session.path("did").asText(), postRecord("Webinar on Monday"))).path("uri").asText();

        clock.advance(Duration.ofSeconds(30));
        JsonNode notifications = get("app.bsky.notification.listNotifications?limit=50", jwt).path("notifications");

        assertThat(notifications).hasSize(2);
        assertThat(notifications.get(0).path("reason").asText()).isEqualTo("reply");
        assertThat(notifications.get(0).path("record").path("text").asText()).contains("kecewa");
        assertThat(notifications.get(0).path("record").path("reply").path("parent").path("uri").asText())
                .isEqualTo(uri);
        assertThat(get("app.bsky.feed.getPosts?uris=" + URLEncoder.encode(uri, StandardCharsets.UTF_8), jwt)
                .path("posts").get(0).path("replyCount").asLong()).isEqualTo(2);
    }

    @Test
    void wrongAppPasswordIs401UnknownTokenIsExpiredAndRateLimitedAccountIs429() throws Exception {
        HttpResponse<String> refused = send("com.atproto.server.createSession", null, JSON.writeValueAsBytes(
                JSON.createObjectNode().put("identifier", "dave.test").put("password", "expired")), "application/json");
        HttpResponse<String> unknownToken = send("app.bsky.actor.getProfile?actor=dave.test", "not-a-jwt", null, null);
        String limitedJwt = session("ratelimited", "app-password").path("accessJwt").asText();
        HttpResponse<String> limited = send("app.bsky.actor.getProfile?actor=ratelimited", limitedJwt, null, null);

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(refused.body()).path("error").asText()).isEqualTo("AuthenticationRequired");
        assertThat(unknownToken.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(unknownToken.body()).path("error").asText()).isEqualTo("ExpiredToken");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("ratelimit-remaining")).contains("0");
        assertThat(Long.parseLong(limited.headers().firstValue("ratelimit-reset").orElseThrow()))
                .isGreaterThan(clock.instant().getEpochSecond());
    }

    @Test
    void refreshSessionGivesNewTokensForTheSameAccount() throws Exception {
        JsonNode session = session("erin.test", "app-password");

        HttpResponse<String> refreshed = send("com.atproto.server.refreshSession",
                session.path("refreshJwt").asText(), null, null);

        assertThat(refreshed.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(refreshed.body()).path("did").asText()).isEqualTo(session.path("did").asText());
        assertThat(JSON.readTree(refreshed.body()).path("accessJwt").asText())
                .isNotEqualTo(session.path("accessJwt").asText());
    }

    private JsonNode session(String identifier, String password) throws Exception {
        return call("com.atproto.server.createSession", null,
                JSON.createObjectNode().put("identifier", identifier).put("password", password));
    }

    private static ObjectNode postRecord(String text) {
        return JSON.createObjectNode().put("$type", "app.bsky.feed.post").put("text", text)
                .put("createdAt", "2026-11-26T09:00:00Z");
    }

    private static ObjectNode createRecord(String did, ObjectNode record) {
        ObjectNode body = JSON.createObjectNode().put("repo", did).put("collection", "app.bsky.feed.post");
        body.set("record", record);
        return body;
    }

    private JsonNode call(String method, String jwt, JsonNode body) throws Exception {
        return call(method, jwt, JSON.writeValueAsBytes(body), "application/json");
    }

    private JsonNode call(String method, String jwt, byte[] body, String contentType) throws Exception {
        HttpResponse<String> response = send(method, jwt, body, contentType);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private JsonNode get(String methodAndQuery, String jwt) throws Exception {
        HttpResponse<String> response = send(methodAndQuery, jwt, null, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> send(String methodAndQuery, String jwt, byte[] body, String contentType)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(simulator.blueskyUrl() + "/xrpc/"
                + methodAndQuery));
        if (jwt != null) {
            request.header("Authorization", "Bearer " + jwt);
        }
        if (body != null) {
            request.header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
