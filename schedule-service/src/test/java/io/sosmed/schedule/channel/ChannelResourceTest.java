package io.sosmed.schedule.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.sosmed.platform.event.EventSchemas;
import io.sosmed.platform.event.Topics;
import io.sosmed.schedule.LogCapture;
import io.sosmed.schedule.connector.ConnectorFixtures;
import io.sosmed.schedule.network.ChannelContext;
import io.sosmed.schedule.network.ChannelDirectory;
import io.sosmed.schedule.network.ChannelStatus;
import io.sosmed.schedule.network.ChannelSummary;
import io.sosmed.schedule.network.Network;
import io.sosmed.testing.KafkaTestResource;
import io.sosmed.testing.kafka.KafkaTestClient;
import io.sosmed.testing.oidc.DemoUser;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ChannelResourceTest {

    private static final String CHANNELS = "/api/v1/workspaces/acme/channels";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final Duration DELIVERY = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static WireMockServer network;

    @Inject
    ChannelRepository channels;

    @Inject
    ChannelDirectory directory;

    @BeforeAll
    static void startNetwork() {
        network = ConnectorFixtures.startNetwork();
    }

    @AfterAll
    static void stopNetwork() {
        network.stop();
    }

    @Test
    void connectsMastodonWithTheServersLimitsAndNeverShowsTheToken() {
        String token = "mastodon-secret-" + UUID.randomUUID();
        String accountId = stubMastodonAccount(token, "alice", 1000);

        try (LogCapture logs = LogCapture.start(); KafkaTestClient.TopicReader events = channelEvents()) {
            ValidatableResponse created = connect(DemoUser.ALICE, mastodonRequest(token, "Asia/Jakarta"))
                    .statusCode(201)
                    .header("Location", containsString(CHANNELS + "/"))
                    .body("network", equalTo("MASTODON"))
                    .body("handle", equalTo("@alice@localhost"))
                    .body("displayName", equalTo("Alice on Mastodon"))
                    .body("zone", equalTo("Asia/Jakarta"))
                    .body("status", equalTo("ACTIVE"))
                    .body("limits.maxTextLength", equalTo(1000))
                    .body("limits.maxMedia", equalTo(4))
                    .body("instanceUrl", equalTo(mastodonUrl()))
                    .body("connectedBy", equalTo(DemoUser.ALICE.subject()));
            String body = created.extract().asString();
            String id = created.extract().path("id");

            assertThat(body).doesNotContain(token).doesNotContainIgnoringCase("credential");
            assertThat(given().auth().oauth2(DemoUser.VERA.token()).get(CHANNELS + "/" + id).then().statusCode(200)
                    .extract().asString()).doesNotContain(token);
            assertThat(given().auth().oauth2(DemoUser.VERA.token()).get(CHANNELS + "?limit=100").then().statusCode(200)
                    .body("items.id", hasItem(id)).extract().asString()).doesNotContain(token);

            Channel stored = QuarkusTransaction.requiringNew().call(() -> channels.findById(UUID.fromString(id)));
            assertThat(stored.accountId).isEqualTo(accountId);
            assertThat(stored.credentialsKeyId).isEqualTo("test");
            assertThat(stored.credentialsCiphertext).isNotBlank().doesNotContain(token);

            JsonNode event = awaitEvent(events, id, "sosmed.channel.connected.v1");
            assertThat(event.path("workspaceid").asText()).isEqualTo("acme");
            assertThat(event.path("data").path("handle").asText()).isEqualTo("@alice@localhost");
            assertThat(event.path("data").path("status").asText()).isEqualTo("ACTIVE");
            assertThat(event.path("data").path("limits").path("maxTextLength").asInt()).isEqualTo(1000);
            assertThat(event.path("data").path("zone").asText()).isEqualTo("Asia/Jakarta");
            assertThat(event.toString()).doesNotContain(token);
            assertThat(logs.lines()).anyMatch(line -> line.contains(id)).noneMatch(line -> line.contains(token));
        }
    }

    @Test
    void connectsBlueskyWithAnAppPasswordAndStoresTheSessionEncrypted() {
        String appPassword = "bsky-app-" + UUID.randomUUID();
        String handle = "alice-" + UUID.randomUUID().toString().substring(0, 8) + ".test";
        String did = "did:plc:" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
        network.stubFor(post("/xrpc/com.atproto.server.createSession")
                .withRequestBody(equalToJson("{\"identifier\":\"" + handle + "\",\"password\":\"" + appPassword + "\"}"))
                .willReturn(okJson("{\"did\":\"" + did + "\",\"handle\":\"" + handle + "\",\"accessJwt\":\"access-" + appPassword
                        + "\",\"refreshJwt\":\"refresh-" + appPassword + "\",\"active\":true}")));

        try (LogCapture logs = LogCapture.start()) {
            String body = connect(DemoUser.ALICE, Map.of("network", "bluesky", "instanceUrl", mastodonUrl() + "/",
                    "zone", "Europe/Berlin", "credentials", Map.of("identifier", handle, "appPassword", appPassword)))
                    .statusCode(201)
                    .body("network", equalTo("BLUESKY"))
                    .body("handle", equalTo(handle))
                    .body("instanceUrl", equalTo(mastodonUrl()))
                    .body("limits.maxTextLength", equalTo(300))
                    .body("limits.maxMedia", equalTo(4))
                    .extract().asString();
            String id = JSON.valueToTree(given().auth().oauth2(DemoUser.ALICE.token()).get(CHANNELS + "?network=BLUESKY&limit=100")
                    .then().statusCode(200).extract().as(Map.class)).path("items").get(0).path("id").asText();

            assertThat(body).doesNotContain(appPassword);
            ChannelContext context = directory.context("acme", id).orElseThrow();
            assertThat(context.accountId()).isEqualTo(did);
            assertThat(context.credentials()).containsEntry("appPassword", appPassword)
                    .containsEntry("accessJwt", "access-" + appPassword).containsEntry("refreshJwt", "refresh-" + appPassword);
            assertThat(context.toString()).doesNotContain(appPassword);
            assertThat(logs.lines()).noneMatch(line -> line.contains(appPassword));
        }
    }

    @Test
    void rejectedCredentialsAre422AndStoreNothing() {
        String token = "revoked-" + UUID.randomUUID();
        network.stubFor(get("/api/v1/accounts/verify_credentials").withHeader("Authorization", WireMock.equalTo("Bearer " + token))
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"The access token is invalid\"}")));
        long before = count();

        String body = connect(DemoUser.ALICE, mastodonRequest(token, "UTC"))
                .statusCode(422).contentType(PROBLEM_JSON)
                .body("type", equalTo("https://sosmed.io/problems/credentials-rejected"))
                .body("detail", containsString("The access token is invalid"))
                .extract().asString();

        assertThat(body).doesNotContain(token);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void invalidRequestsNameEveryOffendingField() {
        connect(DemoUser.ALICE, Map.of("network", "MASTODON", "instanceUrl", "https://169.254.169.254",
                "zone", "Mars/Olympus", "credentials", Map.of()))
                .statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", hasItems("instanceUrl", "zone", "credentials.accessToken"));
        connect(DemoUser.ALICE, Map.of("network", "MYSPACE")).statusCode(400)
                .body("errors.field", hasItem("network"));
        connect(DemoUser.ALICE, Map.of("network", "MASTODON", "credentials", Map.of("accessToken", "t")))
                .statusCode(400).body("errors[0].field", equalTo("instanceUrl"));
        connect(DemoUser.ALICE, Map.of("network", "LINKEDIN", "credentials", Map.of("accessToken", "t")))
                .statusCode(400).body("errors[0].message", containsString("/channels/oauth/linkedin/start"));
        connect(DemoUser.ALICE, Map.of("network", "MASTODON", "instanceUrl", "http://10.0.0.8",
                "credentials", Map.of("accessToken", "t")))
                .statusCode(400).body("errors[0].field", equalTo("instanceUrl"));
        connect(DemoUser.ALICE, Map.of("network", "MASTODON", "instanceUrl", mastodonUrl(), "zone", "+02:00",
                "credentials", Map.of("accessToken", "t")))
                .statusCode(400).body("errors[0].field", equalTo("zone"));
    }

    @Test
    void onlyAdminsConnectAndOtherWorkspacesSeeNothing() {
        String token = "tok-" + UUID.randomUUID();
        stubMastodonAccount(token, "roles", 500);

        connect(DemoUser.EDDIE, mastodonRequest(token, "UTC")).statusCode(403).contentType(PROBLEM_JSON);
        connect(DemoUser.OSCAR, mastodonRequest(token, "UTC")).statusCode(404).contentType(PROBLEM_JSON);
        String id = connect(DemoUser.ALICE, mastodonRequest(token, "UTC")).statusCode(201).extract().path("id");

        given().auth().oauth2(DemoUser.OSCAR.token()).get("/api/v1/workspaces/acme/channels/" + id)
                .then().statusCode(404).contentType(PROBLEM_JSON);
        given().auth().oauth2(DemoUser.OSCAR.token()).get("/api/v1/workspaces/globex/channels/" + id)
                .then().statusCode(404).contentType(PROBLEM_JSON);
        given().auth().oauth2(DemoUser.OSCAR.token()).get("/api/v1/workspaces/globex/channels?limit=100")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        given().auth().oauth2(DemoUser.EDDIE.token()).contentType(ContentType.JSON).body(Map.of("zone", "UTC"))
                .patch(CHANNELS + "/" + id).then().statusCode(403);
        given().auth().oauth2(DemoUser.EDDIE.token()).delete(CHANNELS + "/" + id).then().statusCode(403);
        given().get(CHANNELS).then().statusCode(401);
        given().auth().oauth2(DemoUser.VERA.token()).get(CHANNELS + "/not-a-channel").then().statusCode(404);
    }

    @Test
    void sameAccountTwiceIsAConflict() {
        String token = "twice-" + UUID.randomUUID();
        stubMastodonAccount(token, "twice", 500);
        String id = connect(DemoUser.ALICE, mastodonRequest(token, "UTC")).statusCode(201).extract().path("id");

        connect(DemoUser.ALICE, mastodonRequest(token, "UTC")).statusCode(409).contentType(PROBLEM_JSON)
                .body("detail", containsString(id));
    }

    @Test
    void patchChangesZoneAndNameAndEmitsUpdated() {
        String id = connectMastodon("patchy");

        try (KafkaTestClient.TopicReader events = channelEvents()) {
            given().auth().oauth2(DemoUser.ALICE.token()).contentType("application/merge-patch+json")
                    .body(Map.of("zone", "America/New_York", "displayName", "  Support desk "))
                    .patch(CHANNELS + "/" + id)
                    .then().statusCode(200)
                    .body("zone", equalTo("America/New_York"))
                    .body("displayName", equalTo("Support desk"));
            given().auth().oauth2(DemoUser.ALICE.token()).contentType(ContentType.JSON).body(Map.of("zone", "Nowhere/Land"))
                    .patch(CHANNELS + "/" + id)
                    .then().statusCode(400).body("errors[0].field", equalTo("zone"));

            JsonNode event = awaitEvent(events, id, "sosmed.channel.updated.v1");
            assertThat(event.path("data").path("zone").asText()).isEqualTo("America/New_York");
            assertThat(event.path("data").path("displayName").asText()).isEqualTo("Support desk");
        }
        assertThat(directory.find("acme", id)).contains(new ChannelSummary("acme", id, Network.MASTODON,
                "@patchy@localhost", "America/New_York", ChannelStatus.ACTIVE));
    }

    @Test
    void disconnectErasesCredentialsKeepsHistoryAndEmitsOnce() {
        String id = connectMastodon("leaving");

        try (KafkaTestClient.TopicReader events = channelEvents()) {
            given().auth().oauth2(DemoUser.ALICE.token()).delete(CHANNELS + "/" + id).then().statusCode(204);
            given().auth().oauth2(DemoUser.ALICE.token()).delete(CHANNELS + "/" + id).then().statusCode(204);

            given().auth().oauth2(DemoUser.VERA.token()).get(CHANNELS + "/" + id).then().statusCode(200)
                    .body("status", equalTo("DISCONNECTED")).body("disconnectedAt", notNullValue());
            given().auth().oauth2(DemoUser.VERA.token()).get(CHANNELS + "?limit=100").then().statusCode(200)
                    .body("items.id", not(hasItem(id)));
            given().auth().oauth2(DemoUser.VERA.token()).get(CHANNELS + "?status=DISCONNECTED&limit=100").then()
                    .statusCode(200).body("items.id", hasItem(id));
            given().auth().oauth2(DemoUser.ALICE.token()).contentType(ContentType.JSON).body(Map.of("zone", "UTC"))
                    .patch(CHANNELS + "/" + id).then().statusCode(409);

            JsonNode event = awaitEvent(events, id, "sosmed.channel.disconnected.v1");
            assertThat(event.path("data").path("by").asText()).isEqualTo(DemoUser.ALICE.subject());
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() ->
                    events(events, id, "sosmed.channel.disconnected.v1").size() == 1);
        }
        Channel stored = QuarkusTransaction.requiringNew().call(() -> channels.findById(UUID.fromString(id)));
        assertThat(stored.credentialsCiphertext).isNull();
        assertThat(directory.context("acme", id)).isEmpty();
        assertThat(directory.list("acme")).extracting(ChannelSummary::channelId).doesNotContain(id);
    }

    @Test
    void authFailureMarksTheChannelNeedsReconnectAndReconnectingRestoresIt() {
        String token = "expiring-" + UUID.randomUUID();
        stubMastodonAccount(token, "expiring", 500);
        String id = connect(DemoUser.ALICE, mastodonRequest(token, "UTC")).statusCode(201).extract().path("id");

        try (KafkaTestClient.TopicReader events = channelEvents()) {
            QuarkusTransaction.requiringNew().run(() ->
                    directory.markNeedsReconnect("acme", id, "Mastodon rejected the channel's access"));

            given().auth().oauth2(DemoUser.VERA.token()).get(CHANNELS + "/" + id).then().statusCode(200)
                    .body("status", equalTo("NEEDS_RECONNECT"))
                    .body("statusReason", equalTo("Mastodon rejected the channel's access"));
            JsonNode event = awaitEvent(events, id, "sosmed.channel.updated.v1");
            assertThat(event.path("data").path("status").asText()).isEqualTo("NEEDS_RECONNECT");

            connect(DemoUser.ALICE, mastodonRequest(token, "UTC")).statusCode(200)
                    .body("id", equalTo(id)).body("status", equalTo("ACTIVE")).body("statusReason", nullValue());
        }
        directory.markNeedsReconnect("acme", UUID.randomUUID().toString(), "unknown channels are ignored");
    }

    @Test
    void listPagesWithACursor() {
        connectMastodon("page-a");
        connectMastodon("page-b");

        ValidatableResponse first = given().auth().oauth2(DemoUser.VERA.token()).get(CHANNELS + "?limit=1")
                .then().statusCode(200).body("items.size()", equalTo(1)).body("nextCursor", notNullValue());
        String firstId = first.extract().path("items[0].id");
        String cursor = first.extract().path("nextCursor");

        given().auth().oauth2(DemoUser.VERA.token()).get(CHANNELS + "?limit=1&cursor=" + cursor)
                .then().statusCode(200).body("items.size()", equalTo(1)).body("items[0].id", not(equalTo(firstId)));
        given().auth().oauth2(DemoUser.VERA.token()).get(CHANNELS + "?cursor=garbage")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        given().auth().oauth2(DemoUser.VERA.token()).get(CHANNELS + "?status=BROKEN")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
    }

    private String connectMastodon(String username) {
        String token = "tok-" + UUID.randomUUID();
        stubMastodonAccount(token, username, 500);
        return connect(DemoUser.ALICE, mastodonRequest(token, "UTC")).statusCode(201).extract().path("id");
    }

    /** Stubs verify_credentials for the token (a fresh account id each time) and the instance's limits. */
    private static String stubMastodonAccount(String token, String username, int maxCharacters) {
        String accountId = String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits()));
        network.stubFor(get("/api/v1/accounts/verify_credentials").withHeader("Authorization", WireMock.equalTo("Bearer " + token))
                .willReturn(okJson("{\"id\":\"" + accountId + "\",\"username\":\"" + username + "\",\"acct\":\""
                        + username + "\",\"display_name\":\"\"}")));
        network.stubFor(get("/api/v2/instance").withHeader("Authorization", WireMock.equalTo("Bearer " + token))
                .willReturn(okJson("{\"configuration\":{\"statuses\":{\"max_characters\":" + maxCharacters
                        + ",\"max_media_attachments\":4}}}")));
        return accountId;
    }

    private static Map<String, Object> mastodonRequest(String token, String zone) {
        return Map.of("network", "MASTODON", "instanceUrl", mastodonUrl(), "zone", zone,
                "displayName", "Alice on Mastodon", "credentials", Map.of("accessToken", token));
    }

    private static String mastodonUrl() {
        return "http://localhost:" + network.port();
    }

    private static ValidatableResponse connect(DemoUser user, Map<String, ?> body) {
        return given().auth().oauth2(user.token()).contentType(ContentType.JSON).body(body).post(CHANNELS).then();
    }

    private long count() {
        return QuarkusTransaction.requiringNew().call(() -> channels.count());
    }

    private static KafkaTestClient.TopicReader channelEvents() {
        return new KafkaTestClient(KafkaTestResource.bootstrapServers()).read(Topics.CHANNEL_EVENTS);
    }

    private static JsonNode awaitEvent(KafkaTestClient.TopicReader reader, String channelId, String type) {
        await().atMost(DELIVERY).until(() -> !events(reader, channelId, type).isEmpty());
        JsonNode event = events(reader, channelId, type).get(0);
        assertThat(EventSchemas.violations(event)).as("schema of " + type).isEmpty();
        return event;
    }

    private static List<JsonNode> events(KafkaTestClient.TopicReader reader, String channelId, String type) {
        return reader.poll().stream()
                .filter(record -> channelId.equals(record.key()))
                .map(ConsumerRecord::value)
                .map(ChannelResourceTest::parse)
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
