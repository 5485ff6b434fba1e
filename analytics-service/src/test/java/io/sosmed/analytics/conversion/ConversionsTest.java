package io.sosmed.analytics.conversion;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.sosmed.analytics.AnalyticsEvents;
import io.sosmed.testing.oidc.DemoUser;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConversionsTest {

    private static final String CONVERSIONS = "/api/v1/workspaces/acme/conversions";
    private static final String WEBHOOK = "/api/v1/webhooks/conversions/acme";
    private static final String ATTRIBUTION = "/api/v1/workspaces/acme/reports/attribution";
    private static final String SECRET = "test-webhook-secret-acme";

    @BeforeAll
    static void decimals() {
        AnalyticsEvents.readDecimalsAsDoubles();
    }

    /** A campaign with a budget and a short link for it, once the campaign event has arrived. */
    private static JsonPath campaignLink(String campaignId, String name, String budget) {
        AnalyticsEvents.campaignSaved("acme", campaignId, name, budget, "EUR", 1);
        return await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(DemoUser.NINA.token())
                        .contentType(ContentType.JSON)
                        .body(Map.of("destination", "https://shop.example.com/offer", "campaignId", campaignId))
                        .when().post("/api/v1/workspaces/acme/links").then().statusCode(201).extract().jsonPath(),
                link -> Utm_slug(name).equals(link.getString("utm.utm_campaign")));
    }

    private static String Utm_slug(String name) {
        return io.sosmed.analytics.link.Utm.slugOf(name);
    }

    private static String clickId(String code) {
        String location = given().redirects().follow(false).header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0")
                .when().get("/l/{code}", code).then().statusCode(302).extract().header("Location");
        return location.substring(location.indexOf("sclid=") + "sclid=".length());
    }

    private static io.restassured.response.Response webhook(String body, long timestamp, String secret) {
        return given().contentType(ContentType.JSON)
                .header("Sosmed-Signature", "t=" + timestamp + ",v1=" + WebhookSignatures.sign(secret, timestamp, body))
                .body(body).when().post(WEBHOOK);
    }

    @Test
    void leadsAndDealsFromApiAndSignedWebhookAreAttributedToTheCampaignWithRoi() {
        String campaign = UUID.randomUUID().toString();
        JsonPath link = campaignLink(campaign, "Summer deals " + campaign.substring(0, 8), "1000");
        String clickId = clickId(link.getString("code"));
        Instant occurred = Instant.now().plusSeconds(1);
        String leadId = "crm-lead-" + UUID.randomUUID();
        Map<String, Object> lead = Map.of("externalId", leadId, "kind", "LEAD", "occurredAt", occurred.toString(),
                "clickId", clickId);

        given().auth().oauth2(DemoUser.INTEGRATION.token()).contentType(ContentType.JSON).body(lead)
                .when().post(CONVERSIONS).then().statusCode(201)
                .body("duplicate", equalTo(false))
                .body("touches", hasSize(1))
                .body("touches[0].campaignId", equalTo(campaign))
                .body("touches[0].linkId", equalTo(link.getString("id")));
        given().auth().oauth2(DemoUser.INTEGRATION.token()).contentType(ContentType.JSON).body(lead)
                .when().post(CONVERSIONS).then().statusCode(200).body("duplicate", equalTo(true));

        String deal = """
                {"externalId":"crm-deal-%s","kind":"DEAL","occurredAt":"%s","value":1500.00,"currency":"EUR","code":"%s"}"""
                .formatted(UUID.randomUUID(), occurred, link.getString("code"));
        long now = Instant.now().getEpochSecond();
        webhook(deal, now, SECRET).then().statusCode(201).body("touches[0].campaignId", equalTo(campaign));
        webhook(deal, now, SECRET).then().statusCode(409);

        given().auth().oauth2(DemoUser.NINA.token()).queryParam("groupBy", "campaign")
                .queryParam("from", occurred.minus(Duration.ofDays(1)).toString())
                .queryParam("to", occurred.plus(Duration.ofDays(1)).toString())
                .when().get(ATTRIBUTION).then().statusCode(200)
                .body("model", equalTo("LAST_TOUCH"))
                .body("groups.find { it.key == '" + campaign + "' }.leads", closeTo(1.0, 1e-9))
                .body("groups.find { it.key == '" + campaign + "' }.deals", closeTo(1.0, 1e-9))
                .body("groups.find { it.key == '" + campaign + "' }.revenue[0].amount", closeTo(1500.0, 1e-9))
                .body("groups.find { it.key == '" + campaign + "' }.revenue[0].currency", equalTo("EUR"))
                .body("groups.find { it.key == '" + campaign + "' }.budget", closeTo(1000.0, 1e-9))
                .body("groups.find { it.key == '" + campaign + "' }.roi", closeTo(0.5, 1e-9));
    }

    @Test
    void webhookRefusesBadStaleAndForeignSignatures() {
        String body = """
                {"externalId":"crm-%s","kind":"LEAD","occurredAt":"%s"}""".formatted(UUID.randomUUID(), Instant.now().minusSeconds(5));
        long now = Instant.now().getEpochSecond();

        webhook(body, now, "not-the-secret").then().statusCode(401).contentType("application/problem+json");
        webhook(body, now - 600, SECRET).then().statusCode(401);
        webhook(body, now + 600, SECRET).then().statusCode(401);
        given().contentType(ContentType.JSON).body(body).when().post(WEBHOOK).then().statusCode(401);
        given().contentType(ContentType.JSON).header("Sosmed-Signature", "t=" + now + ",v1=" + WebhookSignatures.sign(SECRET, now, body))
                .body(body).when().post("/api/v1/webhooks/conversions/globex").then().statusCode(401);
        webhook(body + " ", now, SECRET).then().statusCode(201);
    }

    @Test
    void linearAttributionSharesAConversionAmongItsTouchesInTheWindow() {
        String spring = UUID.randomUUID().toString();
        String autumn = UUID.randomUUID().toString();
        JsonPath springLink = campaignLink(spring, "Spring " + spring.substring(0, 8), "200");
        JsonPath autumnLink = campaignLink(autumn, "Autumn " + autumn.substring(0, 8), "200");
        Instant occurred = Instant.parse("2025-06-10T12:00:00Z");
        Map<String, Object> deal = Map.of("externalId", "crm-" + UUID.randomUUID(), "kind", "DEAL",
                "occurredAt", occurred.toString(), "value", 100, "currency", "EUR",
                "touchpoints", List.of(
                        Map.of("code", springLink.getString("code"), "at", occurred.minus(Duration.ofDays(3)).toString()),
                        Map.of("code", autumnLink.getString("code"), "at", occurred.minus(Duration.ofHours(3)).toString()),
                        Map.of("code", springLink.getString("code"), "at", occurred.minus(Duration.ofDays(60)).toString())));
        given().auth().oauth2(DemoUser.GABE.token()).contentType(ContentType.JSON).body(deal)
                .when().post(CONVERSIONS).then().statusCode(201).body("touches", hasSize(3));

        given().auth().oauth2(DemoUser.NINA.token()).queryParam("from", "2025-06-01").queryParam("to", "2025-06-30")
                .queryParam("model", "linear").queryParam("windowDays", 30)
                .when().get(ATTRIBUTION).then().statusCode(200)
                .body("groups.find { it.key == '" + spring + "' }.deals", closeTo(0.5, 1e-9))
                .body("groups.find { it.key == '" + autumn + "' }.deals", closeTo(0.5, 1e-9))
                .body("groups.find { it.key == '" + spring + "' }.revenue[0].amount", closeTo(50.0, 1e-9))
                .body("groups.find { it.key == '" + spring + "' }.roi", closeTo(-0.75, 1e-9));
        given().auth().oauth2(DemoUser.NINA.token()).queryParam("from", "2025-06-01").queryParam("to", "2025-06-30")
                .queryParam("model", "last-touch").queryParam("windowDays", 30)
                .when().get(ATTRIBUTION).then().statusCode(200)
                .body("groups.find { it.key == '" + autumn + "' }.deals", closeTo(1.0, 1e-9))
                .body("groups.find { it.key == '" + spring + "' }", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void validationAndRoles() {
        given().auth().oauth2(DemoUser.NINA.token()).contentType(ContentType.JSON)
                .body(Map.of("kind", "DEAL", "occurredAt", Instant.now().toString(), "value", 10))
                .when().post(CONVERSIONS).then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("externalId", "currency"));
        given().auth().oauth2(DemoUser.VERA.token()).contentType(ContentType.JSON)
                .body(Map.of("externalId", "x", "kind", "LEAD", "occurredAt", Instant.now().toString()))
                .when().post(CONVERSIONS).then().statusCode(403);
        given().auth().oauth2(DemoUser.EDDIE.token()).when().get(ATTRIBUTION).then().statusCode(403);
        given().auth().oauth2(DemoUser.NINA.token()).queryParam("model", "first-touch").when().get(ATTRIBUTION)
                .then().statusCode(400).body("errors[0].field", equalTo("model"));
        given().auth().oauth2(DemoUser.OSCAR.token()).when().post("/api/v1/workspaces/globex/conversions/webhook-secret")
                .then().statusCode(200).body("secret", org.hamcrest.Matchers.startsWith("whsec_"));
        given().auth().oauth2(DemoUser.NINA.token()).when().post(CONVERSIONS + "/webhook-secret")
                .then().statusCode(403);
        given().auth().oauth2(DemoUser.NINA.token()).when().post("/api/v1/workspaces/globex/conversions/webhook-secret")
                .then().statusCode(404);
    }
}
