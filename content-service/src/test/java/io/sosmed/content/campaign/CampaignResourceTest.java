package io.sosmed.content.campaign;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.sosmed.platform.event.EventSchemas;
import io.sosmed.platform.event.Topics;
import io.sosmed.testing.KafkaTestResource;
import io.sosmed.testing.kafka.KafkaTestClient;
import io.sosmed.testing.oidc.DemoUser;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Campaigns: validation, archiving, the campaign.saved event on every save, and posts referring to campaigns. */
@QuarkusTest
class CampaignResourceTest {

    private static final String CAMPAIGNS = "/api/v1/workspaces/acme/campaigns";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyCreateAndUpdateEmitsSchemaValidCampaignSavedKeyedByWorkspace() throws Exception {
        KafkaTestClient kafka = new KafkaTestClient(KafkaTestResource.bootstrapServers());
        try (KafkaTestClient.TopicReader reader = kafka.read(Topics.WORKSPACE_EVENTS)) {
            String name = "Spring launch " + UUID.randomUUID();
            String location = create(DemoUser.EDDIE, """
                    {"name":"%s","startsOn":"2026-03-01","endsOn":"2026-04-15","budget":12500.5,"currency":"EUR"}"""
                    .formatted(name)).statusCode(201)
                    .body("budget", equalTo(12500.5f)).body("archived", equalTo(false)).extract().header("Location");
            String id = location.substring(location.lastIndexOf('/') + 1);
            given().auth().oauth2(DemoUser.ALICE.token()).contentType(ContentType.JSON)
                    .body("{\"name\":\"%s\",\"archived\":true}".formatted(name))
                    .when().put(location).then().statusCode(200).body("archived", equalTo(true)).body("version", equalTo(1));

            List<JsonNode> events = await().atMost(Duration.ofSeconds(20)).until(
                    () -> reader.poll().stream().filter(r -> "acme".equals(r.key())).map(r -> read(r.value()))
                            .filter(e -> id.equals(e.path("subject").asText())).toList(),
                    found -> found.size() == 2);

            assertThat(events).allSatisfy(e -> assertThat(EventSchemas.violations(e)).isEmpty());
            assertThat(events).extracting(e -> e.path("type").asText()).containsOnly("sosmed.campaign.saved.v1");
            JsonNode first = events.get(0).path("data");
            assertThat(first.path("budget").asText()).isEqualTo("12500.5");
            assertThat(first.path("currency").asText()).isEqualTo("EUR");
            assertThat(first.path("startsOn").asText()).isEqualTo("2026-03-01");
            assertThat(first.path("version").asLong()).isZero();
            JsonNode second = events.get(1).path("data");
            assertThat(second.path("archived").asBoolean()).isTrue();
            assertThat(second.path("version").asLong()).isEqualTo(1);
            assertThat(second.hasNonNull("budget")).isFalse();
        }
    }

    @Test
    void inconsistentValuesAre422WithEachFieldAndNothingIsStored() {
        String name = "Broken " + UUID.randomUUID();
        create(DemoUser.EDDIE, """
                {"name":"%s","startsOn":"2026-05-02","endsOn":"2026-05-01","budget":100,"currency":"XYZ"}""".formatted(name))
                .statusCode(422).contentType(PROBLEM_JSON)
                .body("errors.field", containsInAnyOrder("endsOn", "currency"));
        create(DemoUser.EDDIE, "{\"name\":\"%s\",\"budget\":100}".formatted(name))
                .statusCode(422).body("errors.field", containsInAnyOrder("currency"));
        create(DemoUser.EDDIE, "{\"name\":\"%s\",\"budget\":-1,\"currency\":\"eur\"}".formatted(name))
                .statusCode(400).body("errors.field", containsInAnyOrder("budget", "currency"));
        create(DemoUser.EDDIE, "{\"name\":\"%s\",\"startsOn\":\"May 1\"}".formatted(name))
                .statusCode(400).contentType(PROBLEM_JSON);

        given().auth().oauth2(DemoUser.EDDIE.token()).queryParam("limit", 100).when().get(CAMPAIGNS)
                .then().statusCode(200).body("items.name", not(hasItem(name)));
    }

    @Test
    void archivedFilterRolesAndWorkspaceIsolation() {
        String active = create(DemoUser.EDDIE, "{\"name\":\"Active %s\"}".formatted(UUID.randomUUID()))
                .statusCode(201).extract().path("id");
        create(DemoUser.EDDIE, "{\"name\":\"Old %s\",\"archived\":true}".formatted(UUID.randomUUID())).statusCode(201);

        given().auth().oauth2(DemoUser.VERA.token()).queryParam("archived", false).queryParam("limit", 100)
                .when().get(CAMPAIGNS).then().statusCode(200)
                .body("items.archived", everyItem(equalTo(false))).body("items.id", hasItem(active));
        given().auth().oauth2(DemoUser.VERA.token()).queryParam("archived", true).queryParam("limit", 100)
                .when().get(CAMPAIGNS).then().statusCode(200).body("items.archived", everyItem(equalTo(true)));
        given().auth().oauth2(DemoUser.VERA.token()).queryParam("archived", "maybe").when().get(CAMPAIGNS)
                .then().statusCode(400).body("errors[0].field", equalTo("archived"));
        create(DemoUser.VERA, "{\"name\":\"Viewer\"}").statusCode(403).contentType(PROBLEM_JSON);
        create(DemoUser.PAULA, "{\"name\":\"Publisher\"}").statusCode(403);
        given().auth().oauth2(DemoUser.OSCAR.token()).when().get("/api/v1/workspaces/globex/campaigns/" + active)
                .then().statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void postsMustReferToACampaignOfTheirWorkspace() {
        String campaignId = create(DemoUser.EDDIE, "{\"name\":\"Referenced %s\"}".formatted(UUID.randomUUID()))
                .statusCode(201).extract().path("id");
        String globexCampaign = given().auth().oauth2(DemoUser.OSCAR.token()).contentType(ContentType.JSON)
                .body("{\"name\":\"Globex %s\"}".formatted(UUID.randomUUID()))
                .when().post("/api/v1/workspaces/globex/campaigns").then().statusCode(201).extract().path("id");

        createPost("{\"title\":\"In campaign\",\"campaignId\":\"%s\",\"variants\":[{\"channelId\":\"x-main\",\"text\":\"Hi\"}]}"
                .formatted(campaignId)).statusCode(201).body("campaignId", equalTo(campaignId));
        createPost("{\"title\":\"Foreign campaign\",\"campaignId\":\"%s\",\"variants\":[{\"channelId\":\"x-main\",\"text\":\"Hi\"}]}"
                .formatted(globexCampaign)).statusCode(422).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("campaignId"));
        createPost("{\"title\":\"Unknown both\",\"campaignId\":\"%s\",\"pillar\":\"astrology\",\"variants\":[{\"channelId\":\"x-main\",\"text\":\"Hi\"}]}"
                .formatted(UUID.randomUUID())).statusCode(422)
                .body("errors.field", containsInAnyOrder("campaignId", "pillar"));
    }

    private static ValidatableResponse createPost(String body) {
        return given().auth().oauth2(DemoUser.EDDIE.token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/workspaces/acme/posts").then();
    }

    private static ValidatableResponse create(DemoUser user, String body) {
        return given().auth().oauth2(user.token()).contentType(ContentType.JSON).body(body)
                .when().post(CAMPAIGNS).then();
    }

    private static JsonNode read(String value) {
        try {
            return JSON.readTree(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
