package io.sosmed.analytics.link;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.sosmed.analytics.AnalyticsEvents;
import io.sosmed.testing.oidc.DemoUser;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LinksTest {

    private static final String LINKS = "/api/v1/workspaces/acme/links";
    private static final String BROWSER = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15";

    private static JsonPath create(Map<String, Object> body) {
        return given().auth().oauth2(DemoUser.EDDIE.token()).contentType(ContentType.JSON).body(body)
                .when().post(LINKS).then().statusCode(201).header("Location", notNullValue()).extract().jsonPath();
    }

    @Test
    void shortLinkCarriesUtmFromCampaignChannelAndPostAndCountsPeopleApartFromBots() {
        String channel = "li-links-" + UUID.randomUUID();
        String campaign = UUID.randomUUID().toString();
        UUID postId = UUID.randomUUID();
        AnalyticsEvents.channelConnected("acme", channel, "LINKEDIN", "UTC", Instant.now());
        AnalyticsEvents.campaignSaved("acme", campaign, "Spring Sale", "500", "EUR", 1);
        Map<String, Object> request = Map.of("destination", "https://shop.example.com/p?ref=news&utm_source=old#top",
                "postId", postId.toString(), "channelId", channel, "campaignId", campaign);

        JsonPath link = await().atMost(Duration.ofSeconds(30)).until(() -> create(request),
                created -> "linkedin".equals(created.getString("utm.utm_source"))
                        && "spring-sale".equals(created.getString("utm.utm_campaign")));
        String expectedTarget = "https://shop.example.com/p?ref=news&utm_source=linkedin&utm_medium=social"
                + "&utm_campaign=spring-sale&utm_content=" + postId + "#top";
        assertThat(link.getString("targetUrl")).isEqualTo(expectedTarget);
        assertThat(link.getString("utm.utm_content")).isEqualTo(postId.toString());
        String code = link.getString("code");
        assertThat(code).matches("[0-9A-Za-z]{12}");
        assertThat(link.getString("shortUrl")).endsWith("/l/" + code);

        given().redirects().follow(false).header("User-Agent", BROWSER).header("Referer", "https://www.linkedin.com/feed/")
                .when().get("/l/{code}", code)
                .then().statusCode(302).header("Location", startsWith(expectedTarget.replace("#top", "") ))
                .header("Location", org.hamcrest.Matchers.matchesPattern(".*sclid=[0-9a-f-]{36}.*"));
        given().redirects().follow(false).header("User-Agent", "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)")
                .when().get("/l/{code}", code).then().statusCode(302);
        given().redirects().follow(false).header("User-Agent", "Mozilla/5.0 (compatible; Googlebot/2.1)")
                .when().get("/l/{code}", code).then().statusCode(302);

        given().auth().oauth2(DemoUser.VERA.token()).when().get(LINKS + "/{id}", link.getString("id"))
                .then().statusCode(200)
                .body("clicks.humans", equalTo(1))
                .body("clicks.previews", equalTo(1))
                .body("clicks.bots", equalTo(1));
        given().auth().oauth2(DemoUser.NINA.token()).queryParam("groupBy", "post")
                .when().get(LINKS + "/clicks")
                .then().statusCode(200)
                .body("rows.find { it.key == '" + postId + "' }.clicks.humans", equalTo(1))
                .body("rows.find { it.key == '" + postId + "' }.clicks.previews", equalTo(1));
        given().auth().oauth2(DemoUser.OSCAR.token()).when().get("/api/v1/workspaces/acme/links/{id}", link.getString("id"))
                .then().statusCode(404);
    }

    @Test
    void unknownOrMalformedCodesAre404NeverARedirect() {
        given().redirects().follow(false).when().get("/l/{code}", "AAAAAAAAAAAA")
                .then().statusCode(404).header("Location", org.hamcrest.Matchers.nullValue());
        given().redirects().follow(false).urlEncodingEnabled(false).when().get("/l/https:%2F%2Fevil.example")
                .then().statusCode(404).header("Location", org.hamcrest.Matchers.nullValue());
        given().redirects().follow(false).when().get("/l/{code}", "short")
                .then().statusCode(404);
    }

    @Test
    void badDestinationsAndRolesAreRefused() {
        given().auth().oauth2(DemoUser.EDDIE.token()).contentType(ContentType.JSON)
                .body(Map.of("destination", "javascript:alert(1)")).when().post(LINKS)
                .then().statusCode(400).body("errors[0].field", equalTo("destination"));
        given().auth().oauth2(DemoUser.EDDIE.token()).contentType(ContentType.JSON)
                .body(Map.of("channelId", "x")).when().post(LINKS)
                .then().statusCode(400).body("errors[0].field", equalTo("destination"));
        given().auth().oauth2(DemoUser.VERA.token()).contentType(ContentType.JSON)
                .body(Map.of("destination", "https://example.com")).when().post(LINKS)
                .then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("destination", "https://example.com")).when().post(LINKS)
                .then().statusCode(401);
    }

    @Test
    void linksAreListedNewestFirstInCursorPages() {
        String first = create(Map.of("destination", "https://example.com/a")).getString("id");
        String second = create(Map.of("destination", "https://example.com/b")).getString("id");

        JsonPath page = given().auth().oauth2(DemoUser.VERA.token()).queryParam("limit", 1).when().get(LINKS)
                .then().statusCode(200).body("items", hasSize(1)).extract().jsonPath();
        assertThat(page.getString("items[0].id")).isEqualTo(second);
        given().auth().oauth2(DemoUser.VERA.token()).queryParam("limit", 1).queryParam("cursor", page.getString("next"))
                .when().get(LINKS).then().statusCode(200).body("items[0].id", equalTo(first));
        given().auth().oauth2(DemoUser.VERA.token()).queryParam("cursor", "garbage").when().get(LINKS)
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
    }
}
