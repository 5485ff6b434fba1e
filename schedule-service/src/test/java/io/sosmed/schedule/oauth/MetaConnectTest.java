package io.sosmed.schedule.oauth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.sosmed.schedule.network.ChannelContext;
import io.sosmed.schedule.network.ChannelDirectory;
import io.sosmed.testing.oidc.DemoUser;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Facebook Login against a stubbed Graph (token exchange, long-lived token, {@code /me/accounts} with cursors), the
 * pending choice of Pages and linked Instagram accounts, and the channels it creates with their Page tokens.
 */
@QuarkusTest
class MetaConnectTest {

    private static final String START = "/api/v1/workspaces/acme/channels/oauth/meta/start";
    private static final String CALLBACK = "/api/v1/channels/oauth/meta/callback";

    @Inject
    ChannelDirectory directory;

    @Test
    void callbackListsPagesAndTheChoiceConnectsPageAndInstagramWithThePageToken() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String bakery = "1000" + Math.abs(run.hashCode());
        String cafe = "2000" + Math.abs(run.hashCode());
        String shop = "3000" + Math.abs(run.hashCode());
        String instagram = "178414" + Math.abs(run.hashCode());
        String bakeryToken = "EAAPage-bakery-" + run;
        String code = "code-" + run;
        String userToken = stubLogin(code, run);
        WireMockServer graph = OAuthProviderStub.server();
        graph.stubFor(get(urlPathEqualTo("/v21.0/me/accounts")).withHeader("Authorization", WireMock.equalTo("Bearer " + userToken))
                .withQueryParam("fields", WireMock.equalTo("id,name,access_token,instagram_business_account{id,username}"))
                .withQueryParam("after", absent())
                .willReturn(okJson("""
                        {"data":[{"access_token":"%s","id":"%s","name":"Acme Bakery",
                                  "instagram_business_account":{"id":"%s","username":"acmebakery"}},
                                 {"access_token":"EAAPage-cafe-%s","id":"%s","name":"Acme Cafe"}],
                         "paging":{"cursors":{"before":"QVFIUm1","after":"QVFIUm2"},
                                   "next":"https://graph.facebook.com/v21.0/me/accounts?after=QVFIUm2"}}"""
                        .formatted(bakeryToken, bakery, instagram, run, cafe))));
        graph.stubFor(get(urlPathEqualTo("/v21.0/me/accounts")).withHeader("Authorization", WireMock.equalTo("Bearer " + userToken))
                .withQueryParam("after", WireMock.equalTo("QVFIUm2"))
                .willReturn(okJson("""
                        {"data":[{"access_token":"EAAPage-shop-%s","id":"%s","name":"Acme Shop"}],
                         "paging":{"cursors":{"before":"QVFIUm3","after":"QVFIUm3"}}}""".formatted(run, shop))));

        String location = given().auth().oauth2(DemoUser.ALICE.token()).redirects().follow(false)
                .queryParam("zone", "Europe/Paris").get(START).then().statusCode(302).extract().header("Location");
        Map<String, String> query = query(URI.create(location));
        assertThat(location).startsWith(OAuthProviderStub.META_DIALOG_URL + "?");
        assertThat(query).containsEntry("client_id", OAuthProviderStub.META_CLIENT_ID).containsEntry("response_type", "code")
                .containsEntry("redirect_uri", "http://localhost:8082/api/v1/channels/oauth/meta/callback");
        assertThat(query.get("scope")).contains("pages_show_list").contains("instagram_content_publish");

        var callback = given().queryParam("code", code).queryParam("state", query.get("state")).get(CALLBACK)
                .then().statusCode(201)
                .body("pages", hasSize(3))
                .body("pages.pageId", containsInAnyOrder(bakery, cafe, shop))
                .body("pages.find { it.pageId == '%s' }.instagram.accountId".formatted(bakery), equalTo(instagram))
                .body("pages.find { it.pageId == '%s' }.instagram.username".formatted(bakery), equalTo("acmebakery"))
                .body("pages.find { it.pageId == '%s' }.instagram".formatted(cafe), nullValue())
                .extract();
        assertThat(callback.asString()).doesNotContain(bakeryToken).doesNotContain(userToken);
        String pendingPath = callback.header("Location");
        String id = callback.path("id");
        assertThat(pendingPath).endsWith("/api/v1/workspaces/acme/channels/oauth/meta/pending/" + id);
        String pending = "/api/v1/workspaces/acme/channels/oauth/meta/pending/" + id;

        given().auth().oauth2(DemoUser.ALICE.token()).get(pending).then().statusCode(200).body("pages", hasSize(3));
        given().auth().oauth2(DemoUser.EDDIE.token()).get(pending).then().statusCode(403);
        given().auth().oauth2(DemoUser.OSCAR.token()).get("/api/v1/workspaces/globex/channels/oauth/meta/pending/" + id)
                .then().statusCode(404);
        select(pending, Map.of()).statusCode(400).body("errors[0].field", equalTo("pageIds"));
        select(pending, Map.of("pageIds", List.of(bakery, "999"), "instagramAccountIds", List.of(bakery)))
                .statusCode(422).body("errors.field", containsInAnyOrder("pageIds[1]", "instagramAccountIds[0]"));

        JsonPath selected = select(pending, Map.of("pageIds", List.of(bakery), "instagramAccountIds", List.of(instagram)))
                .statusCode(200).body("channels", hasSize(2)).body("alreadyConnected", hasSize(0))
                .body("channels.network", containsInAnyOrder("FACEBOOK", "INSTAGRAM"))
                .body("channels.find { it.network == 'FACEBOOK' }.handle", equalTo("Acme Bakery"))
                .body("channels.find { it.network == 'INSTAGRAM' }.handle", equalTo("@acmebakery"))
                .body("channels.find { it.network == 'INSTAGRAM' }.zone", equalTo("Europe/Paris"))
                .extract().jsonPath();
        assertThat(selected.prettify()).doesNotContain(bakeryToken);
        for (String network : List.of("FACEBOOK", "INSTAGRAM")) {
            String channelId = selected.getString("channels.find { it.network == '%s' }.id".formatted(network));
            ChannelContext context = directory.context("acme", channelId).orElseThrow();
            assertThat(context.credentials()).containsEntry("accessToken", bakeryToken);
            assertThat(context.accountId()).isEqualTo(network.equals("FACEBOOK") ? bakery : instagram);
        }
        select(pending, Map.of("pageIds", List.of(cafe))).statusCode(404);
    }

    @Test
    void refusedCodesGraphOutagesAndAccountsWithoutPagesAreClearErrors() {
        WireMockServer graph = OAuthProviderStub.server();
        String run = UUID.randomUUID().toString().substring(0, 8);
        graph.stubFor(get(urlPathEqualTo("/v21.0/oauth/access_token")).withQueryParam("code", WireMock.equalTo("expired-" + run))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody("""
                        {"error":{"message":"This authorization code has expired.","type":"OAuthException","code":100,
                                  "error_subcode":36007,"fbtrace_id":"AbCdEf"}}""")));
        given().queryParam("code", "expired-" + run).queryParam("state", startState()).get(CALLBACK)
                .then().statusCode(422).body("type", equalTo("https://sosmed.io/problems/authorization-failed"));

        String limited = stubLogin("limited-" + run, "limited-" + run);
        graph.stubFor(get(urlPathEqualTo("/v21.0/me/accounts")).withHeader("Authorization", WireMock.equalTo("Bearer " + limited))
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json").withBody("""
                        {"error":{"message":"(#4) Application request limit reached","type":"OAuthException",
                                  "is_transient":true,"code":4,"fbtrace_id":"AbCdEg"}}""")));
        given().queryParam("code", "limited-" + run).queryParam("state", startState()).get(CALLBACK)
                .then().statusCode(503).body("type", equalTo("https://sosmed.io/problems/network-unavailable"));

        String down = stubLogin("down-" + run, "down-" + run);
        graph.stubFor(get(urlPathEqualTo("/v21.0/me/accounts")).withHeader("Authorization", WireMock.equalTo("Bearer " + down))
                .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json").withBody("""
                        {"error":{"message":"An unexpected error has occurred. Please retry your request later.",
                                  "type":"OAuthException","is_transient":true,"code":2,"fbtrace_id":"AbCdEh"}}""")));
        given().queryParam("code", "down-" + run).queryParam("state", startState()).get(CALLBACK).then().statusCode(503);

        String none = stubLogin("none-" + run, "none-" + run);
        graph.stubFor(get(urlPathEqualTo("/v21.0/me/accounts")).withHeader("Authorization", WireMock.equalTo("Bearer " + none))
                .willReturn(okJson("{\"data\":[]}")));
        given().queryParam("code", "none-" + run).queryParam("state", startState()).get(CALLBACK)
                .then().statusCode(422).body("type", equalTo("https://sosmed.io/problems/no-pages"));

        given().queryParam("error", "access_denied").queryParam("state", startState()).get(CALLBACK)
                .then().statusCode(400).body("type", equalTo("https://sosmed.io/problems/authorization-denied"));
        given().queryParam("code", "c").queryParam("state", "forged").get(CALLBACK)
                .then().statusCode(400).body("type", equalTo("https://sosmed.io/problems/oauth-state-invalid"));
        given().auth().oauth2(DemoUser.EDDIE.token()).redirects().follow(false).get(START).then().statusCode(403);
        given().auth().oauth2(DemoUser.ALICE.token()).redirects().follow(false)
                .get("/api/v1/workspaces/acme/channels/oauth/instagram/start").then().statusCode(400)
                .body("errors[0].message", org.hamcrest.Matchers.containsString("/channels/oauth/meta/start"));
    }

    /** Stubs the code exchange and the long-lived token exchange; returns the long-lived user token. */
    private static String stubLogin(String code, String run) {
        WireMockServer graph = OAuthProviderStub.server();
        String shortLived = "EAAshort-" + run;
        String longLived = "EAAlong-" + run;
        graph.stubFor(get(urlPathEqualTo("/v21.0/oauth/access_token")).withQueryParam("code", WireMock.equalTo(code))
                .withQueryParam("client_id", WireMock.equalTo(OAuthProviderStub.META_CLIENT_ID))
                .withQueryParam("client_secret", WireMock.equalTo(OAuthProviderStub.META_SECRET))
                .withQueryParam("redirect_uri", WireMock.equalTo("http://localhost:8082/api/v1/channels/oauth/meta/callback"))
                .willReturn(okJson("{\"access_token\":\"" + shortLived + "\",\"token_type\":\"bearer\",\"expires_in\":5183944}")));
        graph.stubFor(get(urlPathEqualTo("/v21.0/oauth/access_token"))
                .withQueryParam("grant_type", WireMock.equalTo("fb_exchange_token"))
                .withQueryParam("fb_exchange_token", WireMock.equalTo(shortLived))
                .willReturn(okJson("{\"access_token\":\"" + longLived + "\",\"token_type\":\"bearer\",\"expires_in\":5184000}")));
        return longLived;
    }

    private static String startState() {
        String location = given().auth().oauth2(DemoUser.ALICE.token()).redirects().follow(false).get(START)
                .then().statusCode(302).extract().header("Location");
        return query(URI.create(location)).get("state");
    }

    private static io.restassured.response.ValidatableResponse select(String pending, Map<String, ?> body) {
        return given().auth().oauth2(DemoUser.ALICE.token()).contentType(ContentType.JSON).body(body)
                .post(pending + "/select").then();
    }

    private static Map<String, String> query(URI uri) {
        return Arrays.stream(uri.getRawQuery().split("&")).map(p -> p.split("=", 2)).collect(Collectors.toMap(
                p -> URLDecoder.decode(p[0], StandardCharsets.UTF_8), p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
    }
}
