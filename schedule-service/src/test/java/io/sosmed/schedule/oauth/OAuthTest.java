package io.sosmed.schedule.oauth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sosmed.schedule.channel.Channel;
import io.sosmed.schedule.channel.ChannelRepository;
import io.sosmed.schedule.network.ChannelDirectory;
import io.sosmed.testing.oidc.DemoUser;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Authorization code + PKCE against a stubbed X token endpoint, and refreshing tokens before they expire. */
@QuarkusTest
@QuarkusTestResource(OAuthProviderStub.class)
class OAuthTest {

    private static final String START = "/api/v1/workspaces/acme/channels/oauth/x/start";

    @Inject
    ChannelRepository channels;

    @Inject
    ChannelDirectory directory;

    @Inject
    TokenRefresher refresher;

    @Test
    void startRedirectsWithStateAndS256ChallengeAndTheCallbackConnectsTheAccount() {
        WireMockServer x = OAuthProviderStub.server();
        String userId = String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits()));
        String accessToken = "x-access-" + UUID.randomUUID();
        String code = "code-" + UUID.randomUUID();
        x.stubFor(post("/2/oauth2/token").withRequestBody(containing("grant_type=authorization_code"))
                .withRequestBody(containing("code=" + code))
                .willReturn(okJson("{\"token_type\":\"bearer\",\"expires_in\":300,\"access_token\":\"" + accessToken
                        + "\",\"refresh_token\":\"x-refresh-1\",\"scope\":\"tweet.write\"}")));
        x.stubFor(get("/2/users/me").withHeader("Authorization", WireMock.equalTo("Bearer " + accessToken))
                .willReturn(okJson("{\"data\":{\"id\":\"" + userId + "\",\"name\":\"Acme\",\"username\":\"acme" + userId + "\"}}")));

        String location = given().auth().oauth2(DemoUser.ALICE.token()).redirects().follow(false)
                .queryParam("zone", "Europe/Berlin").get(START)
                .then().statusCode(302).extract().header("Location");
        Map<String, String> query = query(URI.create(location));

        assertThat(location).startsWith(OAuthProviderStub.AUTHORIZE_URL + "?");
        assertThat(query).containsEntry("response_type", "code").containsEntry("client_id", OAuthProviderStub.CLIENT_ID)
                .containsEntry("code_challenge_method", "S256")
                .containsEntry("redirect_uri", "http://localhost:8082/api/v1/channels/oauth/x/callback");
        assertThat(query.get("scope")).contains("offline.access");

        String body = given().queryParam("code", code).queryParam("state", query.get("state"))
                .get("/api/v1/channels/oauth/x/callback")
                .then().statusCode(201)
                .body("network", equalTo("X")).body("handle", equalTo("@acme" + userId))
                .body("zone", equalTo("Europe/Berlin")).body("connectedBy", equalTo(DemoUser.ALICE.subject()))
                .extract().asString();
        assertThat(body).doesNotContain(accessToken).doesNotContain("x-refresh-1");

        String verifier = x.findAll(postRequestedFor(urlEqualTo("/2/oauth2/token"))).stream()
                .map(r -> form(r.getBodyAsString())).filter(f -> code.equals(f.get("code"))).findFirst().orElseThrow()
                .get("code_verifier");
        assertThat(Pkce.challenge(verifier)).isEqualTo(query.get("code_challenge"));

        given().queryParam("code", code).queryParam("state", query.get("state"))
                .get("/api/v1/channels/oauth/x/callback")
                .then().statusCode(400).body("type", equalTo("https://sosmed.io/problems/oauth-state-invalid"));
    }

    @Test
    void onlyAdminsStartAndUnconfiguredNetworksAreRefused() {
        given().auth().oauth2(DemoUser.EDDIE.token()).redirects().follow(false).get(START).then().statusCode(403);
        given().auth().oauth2(DemoUser.ALICE.token()).redirects().follow(false)
                .get("/api/v1/workspaces/acme/channels/oauth/linkedin/start")
                .then().statusCode(400).body("errors[0].field", equalTo("network"));
        given().queryParam("code", "c").queryParam("state", "forged").get("/api/v1/channels/oauth/x/callback")
                .then().statusCode(400);
        given().queryParam("error", "access_denied").queryParam("state", "s").get("/api/v1/channels/oauth/x/callback")
                .then().statusCode(400).body("type", equalTo("https://sosmed.io/problems/authorization-denied"));
    }

    @Test
    void tokensAreRefreshedBeforeTheyExpireAndARevokedRefreshTokenNeedsReconnect() {
        WireMockServer x = OAuthProviderStub.server();
        UUID fresh = channelExpiringIn(Duration.ofMinutes(5), "refresh-ok-" + UUID.randomUUID());
        UUID revoked = channelExpiringIn(Duration.ofMinutes(5), "refresh-revoked-" + UUID.randomUUID());
        String freshRefresh = refreshTokenOf(fresh);
        x.stubFor(post("/2/oauth2/token").withRequestBody(containing("grant_type=refresh_token"))
                .withRequestBody(containing("refresh_token=" + freshRefresh))
                .willReturn(okJson("{\"token_type\":\"bearer\",\"expires_in\":7200,\"access_token\":\"renewed-" + fresh
                        + "\",\"refresh_token\":\"rotated-" + fresh + "\"}")));
        x.stubFor(post("/2/oauth2/token").withRequestBody(containing("refresh_token=" + refreshTokenOf(revoked)))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"invalid_request\",\"error_description\":\"Value passed for the token was invalid.\"}")));

        refresher.refreshExpiring(Instant.now());

        assertThat(directory.context("acme", fresh.toString()).orElseThrow().credentials())
                .containsEntry("accessToken", "renewed-" + fresh).containsEntry("refreshToken", "rotated-" + fresh);
        Channel renewed = QuarkusTransaction.requiringNew().call(() -> channels.findById(fresh));
        assertThat(renewed.tokenExpiresAt).isAfter(Instant.now().plus(Duration.ofHours(1)));
        assertThat(directory.find("acme", revoked.toString()).orElseThrow().status())
                .isEqualTo(io.sosmed.schedule.network.ChannelStatus.NEEDS_RECONNECT);
    }

    private UUID channelExpiringIn(Duration left, String refreshToken) {
        WireMockServer x = OAuthProviderStub.server();
        String code = "code-" + UUID.randomUUID();
        String userId = String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits()));
        String access = "access-" + UUID.randomUUID();
        x.stubFor(post("/2/oauth2/token").withRequestBody(containing("code=" + code))
                .willReturn(okJson("{\"token_type\":\"bearer\",\"expires_in\":" + left.toSeconds() + ",\"access_token\":\""
                        + access + "\",\"refresh_token\":\"" + refreshToken + "\"}")));
        x.stubFor(get("/2/users/me").withHeader("Authorization", WireMock.equalTo("Bearer " + access))
                .willReturn(okJson("{\"data\":{\"id\":\"" + userId + "\",\"name\":\"R\",\"username\":\"r" + userId + "\"}}")));
        String location = given().auth().oauth2(DemoUser.ALICE.token()).redirects().follow(false).get(START)
                .then().statusCode(302).extract().header("Location");
        String id = given().queryParam("code", code).queryParam("state", query(URI.create(location)).get("state"))
                .get("/api/v1/channels/oauth/x/callback").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    private String refreshTokenOf(UUID channelId) {
        return directory.context("acme", channelId.toString()).orElseThrow().credentials().get("refreshToken");
    }

    private static Map<String, String> query(URI uri) {
        return form(uri.getRawQuery());
    }

    private static Map<String, String> form(String encoded) {
        return Arrays.stream(encoded.split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(p -> URLDecoder.decode(p[0], StandardCharsets.UTF_8),
                        p -> p.length > 1 ? URLDecoder.decode(p[1], StandardCharsets.UTF_8) : ""));
    }
}
