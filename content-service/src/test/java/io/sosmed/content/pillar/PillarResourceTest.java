package io.sosmed.content.pillar;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.sosmed.testing.oidc.DemoUser;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Content pillars: the default library, the target mix (sums to 100), the actual mix of posts against it,
 * and posts refused for unknown pillars. Target changes happen in globex so acme keeps the default mix.
 */
@QuarkusTest
class PillarResourceTest {

    private static final String ACME_PILLARS = "/api/v1/workspaces/acme/pillars";
    private static final String GLOBEX_PILLARS = "/api/v1/workspaces/globex/pillars";
    private static final String PROBLEM_JSON = "application/problem+json";

    @Test
    void workspaceStartsWithTheDefaultPillarsAndMix() {
        given().auth().oauth2(DemoUser.VERA.token()).queryParam("limit", 100).when().get(ACME_PILLARS)
                .then().statusCode(200).body("items.key", hasItems("education", "product", "community", "promotion"));
        given().auth().oauth2(DemoUser.VERA.token()).when().get(ACME_PILLARS + "/targets")
                .then().statusCode(200)
                .body("targets.pillar", contains("education", "product", "community", "promotion"))
                .body("targets.percent", contains(40, 20, 20, 20));
    }

    @Test
    void targetsMustNameKnownPillarsOnceAndSumTo100() {
        String key = "events-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(DemoUser.OSCAR.token()).contentType(ContentType.JSON)
                .body("{\"key\":\"%s\",\"name\":\"Events\"}".formatted(key))
                .when().post(GLOBEX_PILLARS).then().statusCode(201).body("targetPercent", nullValue());

        putTargets("""
                {"targets":[{"pillar":"education","percent":50},{"pillar":"%s","percent":30}]}""".formatted(key))
                .statusCode(422).contentType(PROBLEM_JSON).body("errors.field", contains("targets"));
        putTargets("""
                {"targets":[{"pillar":"education","percent":50},{"pillar":"astrology","percent":25},
                            {"pillar":"education","percent":25}]}""")
                .statusCode(422).body("errors.field", containsInAnyOrder("targets[1].pillar", "targets[2].pillar"));
        putTargets("{\"targets\":[{\"pillar\":\"education\",\"percent\":101}]}")
                .statusCode(400).body("errors[0].field", equalTo("targets[0].percent"));

        putTargets("""
                {"targets":[{"pillar":"education","percent":50},{"pillar":"%s","percent":50}]}""".formatted(key))
                .statusCode(200).body("targets.pillar", containsInAnyOrder("education", key));
        given().auth().oauth2(DemoUser.OSCAR.token()).when().get(GLOBEX_PILLARS + "/product")
                .then().statusCode(200).body("targetPercent", nullValue());
        given().auth().oauth2(DemoUser.OSCAR.token()).when().delete(GLOBEX_PILLARS + "/" + key)
                .then().statusCode(409).body("type", equalTo("https://sosmed.io/problems/pillar-in-target-mix"));
    }

    @Test
    void mixComparesPlannedPostsWithTheTarget() {
        LocalDate day = LocalDate.of(2090, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3650));
        String planned = day + "T10:00:00Z";
        createPost("education", planned).statusCode(201).body("plannedAt", equalTo(planned));
        createPost("education", planned).statusCode(201);
        createPost("product", planned).statusCode(201);
        createPost(null, planned).statusCode(201);
        createPost("education", day.plusDays(1) + "T10:00:00Z").statusCode(201);

        given().auth().oauth2(DemoUser.NINA.token()).queryParam("from", day.toString()).queryParam("to", day.toString())
                .when().get(ACME_PILLARS + "/mix")
                .then().statusCode(200)
                .body("totalPosts", equalTo(4))
                .body("pillars.find { it.pillar == 'education' }.posts", equalTo(2))
                .body("pillars.find { it.pillar == 'education' }.actualPercent", equalTo(50.0f))
                .body("pillars.find { it.pillar == 'education' }.deltaPercent", equalTo(10.0f))
                .body("pillars.find { it.pillar == 'product' }.actualPercent", equalTo(25.0f))
                .body("pillars.find { it.pillar == 'community' }.deltaPercent", equalTo(-20.0f))
                .body("pillars.find { it.pillar == null }.posts", equalTo(1));
        given().auth().oauth2(DemoUser.NINA.token()).queryParam("from", day.toString())
                .queryParam("to", day.plusDays(1).toString()).queryParam("zone", "Pacific/Kiritimati")
                .when().get(ACME_PILLARS + "/mix").then().statusCode(200).body("totalPosts", equalTo(4));
    }

    @Test
    void badMixParametersAre400NamingThem() {
        given().auth().oauth2(DemoUser.NINA.token()).queryParam("to", "2026-01-01")
                .when().get(ACME_PILLARS + "/mix").then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().auth().oauth2(DemoUser.NINA.token()).queryParam("from", "2026-02-01").queryParam("to", "2026-01-01")
                .when().get(ACME_PILLARS + "/mix").then().statusCode(400).body("errors[0].field", equalTo("to"));
        given().auth().oauth2(DemoUser.NINA.token()).queryParam("from", "2026-01-01").queryParam("to", "2026-01-02")
                .queryParam("zone", "Mars/Olympus").when().get(ACME_PILLARS + "/mix")
                .then().statusCode(400).body("errors[0].field", equalTo("zone"));
    }

    @Test
    void pillarsInUseAreKeptAndUnknownPillarsRefusedOnPosts() {
        String key = "webinars-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(DemoUser.EDDIE.token()).contentType(ContentType.JSON)
                .body("{\"key\":\"%s\",\"name\":\"Webinars\"}".formatted(key))
                .when().post(ACME_PILLARS).then().statusCode(201).header("Location", org.hamcrest.Matchers.endsWith("/" + key));
        given().auth().oauth2(DemoUser.EDDIE.token()).contentType(ContentType.JSON)
                .body("{\"key\":\"%s\",\"name\":\"Again\"}".formatted(key))
                .when().post(ACME_PILLARS).then().statusCode(409);
        given().auth().oauth2(DemoUser.EDDIE.token()).contentType(ContentType.JSON)
                .body("{\"key\":\"mix\",\"name\":\"Reserved\"}")
                .when().post(ACME_PILLARS).then().statusCode(422).body("errors[0].field", equalTo("key"));
        createPost(key, null).statusCode(201);
        createPost("astrology", null).statusCode(422).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("pillar"));

        given().auth().oauth2(DemoUser.EDDIE.token()).when().delete(ACME_PILLARS + "/" + key)
                .then().statusCode(409).body("type", equalTo("https://sosmed.io/problems/pillar-in-use"));
        given().auth().oauth2(DemoUser.VERA.token()).contentType(ContentType.JSON).body("{\"name\":\"Viewer\"}")
                .when().put(ACME_PILLARS + "/" + key).then().statusCode(403);
        given().auth().oauth2(DemoUser.OSCAR.token()).when().get(GLOBEX_PILLARS + "/" + key).then().statusCode(404);
    }

    private static ValidatableResponse putTargets(String body) {
        return given().auth().oauth2(DemoUser.OSCAR.token()).contentType(ContentType.JSON).body(body)
                .when().put(GLOBEX_PILLARS + "/targets").then();
    }

    private static ValidatableResponse createPost(String pillar, String plannedAt) {
        String pillarField = pillar == null ? "" : "\"pillar\":\"%s\",".formatted(pillar);
        String plannedField = plannedAt == null ? "" : "\"plannedAt\":\"%s\",".formatted(plannedAt);
        return given().auth().oauth2(DemoUser.EDDIE.token()).contentType(ContentType.JSON)
                .body("{\"title\":\"Mix post\",%s%s\"variants\":[{\"channelId\":\"x-main\",\"text\":\"Hi\"}]}"
                        .formatted(pillarField, plannedField))
                .when().post("/api/v1/workspaces/acme/posts").then();
    }
}
