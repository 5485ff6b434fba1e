package io.sosmed.content.network;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.sosmed.testing.oidc.DemoUser;
import io.sosmed.testing.oidc.TestTokens;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules listing and the validator through HTTP with real tokens: values, 401, 404 and 400 problems. */
@QuarkusTest
class NetworkResourceTest {

    private static final String NETWORKS = "/api/v1/networks";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String BLUESKY_301 = "{\"text\":\"" + "a".repeat(301) + "\"}";
    private static final String X_WITH_IMAGE_AND_VIDEO = """
            {"text":"Launch day 🚀 https://example.com/launch",
             "media":[{"type":"image/png","sizeBytes":123456,"width":1080,"height":1080},
                      {"type":"video/mp4","sizeBytes":9000000,"width":1920,"height":1080,"durationSeconds":30}]}""";

    private static ValidatableResponse validate(DemoUser user, String network, String body) {
        return given().auth().oauth2(user.token()).contentType(ContentType.JSON).body(body)
                .when().post(NETWORKS + "/" + network + "/validate")
                .then();
    }

    @Test
    void listsEveryNetworksRules() {
        given().auth().oauth2(DemoUser.EDDIE.token())
                .when().get(NETWORKS)
                .then().statusCode(200)
                .body("$", hasSize(10))
                .body("network", hasItems("X", "LINKEDIN", "FACEBOOK", "INSTAGRAM", "THREADS", "MASTODON", "BLUESKY",
                        "TIKTOK", "YOUTUBE", "PINTEREST"))
                .body("find { it.network == 'X' }.fields[0].limits[0].counting", equalTo("weighted"))
                .body("find { it.network == 'X' }.fields[0].limits[0].max", equalTo(280))
                .body("find { it.network == 'X' }.media.maxItems", equalTo(4))
                .body("find { it.network == 'X' }.media.mixedKindsAllowed", equalTo(false))
                .body("find { it.network == 'BLUESKY' }.fields[0].limits.counting", equalTo(
                        List.of("graphemes", "utf8Bytes")))
                .body("find { it.network == 'BLUESKY' }.media.kinds[0].maxBytes", equalTo(1_000_000))
                .body("find { it.network == 'MASTODON' }.fields[0].limits[0].option", equalTo("maxCharacters"))
                .body("find { it.network == 'INSTAGRAM' }.entities[0].max", equalTo(30))
                .body("find { it.network == 'INSTAGRAM' }.media.kinds[0].aspectRatio.min", equalTo("4:5"))
                .body("find { it.network == 'YOUTUBE' }.fields[0].forbiddenCharacters", equalTo("<>"));
    }

    @Test
    void readsOneNetworkByIdInAnyCase() {
        given().auth().oauth2(DemoUser.VERA.token())
                .when().get(NETWORKS + "/tikTok")
                .then().statusCode(200)
                .body("network", equalTo("TIKTOK"))
                .body("name", equalTo("TikTok"))
                .body("media.minItems", equalTo(1))
                .body("fields[0].limits[0].counting", equalTo("utf16Units"));
    }

    @Test
    void refuses301GraphemesOnBlueskyWithTheOffendingRange() {
        validate(DemoUser.EDDIE, "bluesky", BLUESKY_301)
                .statusCode(200)
                .body("network", equalTo("BLUESKY"))
                .body("valid", equalTo(false))
                .body("violations", hasSize(1))
                .body("violations[0].code", equalTo("TEXT_TOO_LONG"))
                .body("violations[0].severity", equalTo("ERROR"))
                .body("violations[0].field", equalTo("text"))
                .body("violations[0].unit", equalTo("graphemes"))
                .body("violations[0].limit", equalTo(300))
                .body("violations[0].actual", equalTo(301))
                .body("violations[0].range.start", equalTo(300))
                .body("violations[0].range.end", equalTo(301))
                .body("counts.text.graphemes", equalTo(301))
                .body("counts.text.utf8Bytes", equalTo(301));
    }

    @Test
    void acceptsExactly280WeightedOnXWhateverTheCaseOfTheId() {
        validate(DemoUser.OSCAR, "x", "{\"text\":\"" + "a".repeat(280) + "\"}")
                .statusCode(200)
                .body("network", equalTo("X"))
                .body("valid", equalTo(true))
                .body("violations", empty())
                .body("counts.text.weighted", equalTo(280));
    }

    @Test
    void reportsMixedMediaAndCountsTheUrlAs23OnX() {
        validate(DemoUser.EDDIE, "X", X_WITH_IMAGE_AND_VIDEO)
                .statusCode(200)
                .body("valid", equalTo(false))
                .body("violations.code", equalTo(List.of("MEDIA_KINDS_MIXED")))
                .body("violations[0].field", equalTo("media"))
                .body("counts.text.weighted", equalTo("Launch day ".length() + 2 + 1 + 23))
                .body("counts.media.items", equalTo(2));
    }

    @Test
    void appliesTheMastodonInstanceLimitFromOptions() {
        validate(DemoUser.EDDIE, "mastodon", "{\"text\":\"" + "a".repeat(600) + "\",\"options\":{\"maxCharacters\":1000}}")
                .statusCode(200)
                .body("valid", equalTo(true));
        validate(DemoUser.EDDIE, "mastodon", "{\"text\":\"" + "a".repeat(600) + "\"}")
                .statusCode(200)
                .body("violations[0].limit", equalTo(500))
                .body("violations[0].actual", equalTo(600));
    }

    @Test
    void anonymousCallsAre401Problems() {
        given().when().get(NETWORKS)
                .then().statusCode(401).contentType(PROBLEM_JSON)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401))
                .body("type", equalTo("https://sosmed.io/problems/unauthorized"));
        given().contentType(ContentType.JSON).body(BLUESKY_301)
                .when().post(NETWORKS + "/bluesky/validate")
                .then().statusCode(401).contentType(PROBLEM_JSON)
                .body("status", equalTo(401));
        DemoUser eddie = DemoUser.EDDIE;
        given().auth().oauth2(TestTokens.expired(eddie.subject(), eddie.username(), eddie.memberships()))
                .when().get(NETWORKS)
                .then().statusCode(401).contentType(PROBLEM_JSON);
    }

    @Test
    void unknownNetworkIs404Problem() {
        validate(DemoUser.EDDIE, "myspace", BLUESKY_301)
                .statusCode(404).contentType(PROBLEM_JSON)
                .body("type", equalTo("https://sosmed.io/problems/unknown-network"))
                .body("detail", containsString("BLUESKY"));
        given().auth().oauth2(DemoUser.EDDIE.token())
                .when().get(NETWORKS + "/myspace")
                .then().statusCode(404).contentType(PROBLEM_JSON)
                .body("status", equalTo(404));
    }

    @Test
    void malformedOrInvalidBodiesAre400Problems() {
        validate(DemoUser.EDDIE, "x", "{\"text\": ")
                .statusCode(400).contentType(PROBLEM_JSON)
                .body("type", equalTo("https://sosmed.io/problems/malformed-request"))
                .body("detail", not(containsString("com.fasterxml")));
        validate(DemoUser.EDDIE, "x", "{\"text\":\"hi\",\"media\":[{\"type\":\"image/png\",\"sizeBytes\":-1}]}")
                .statusCode(400).contentType(PROBLEM_JSON)
                .body("type", equalTo("https://sosmed.io/problems/validation"))
                .body("errors.field", hasItems("media[0].sizeBytes"));
        validate(DemoUser.EDDIE, "x", "{\"text\":\"hi\",\"media\":\"image.png\"}")
                .statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("media"));
        given().auth().oauth2(DemoUser.EDDIE.token()).contentType(ContentType.JSON)
                .when().post(NETWORKS + "/x/validate")
                .then().statusCode(400).contentType(PROBLEM_JSON);
    }

    @Test
    void documentsTheValidateEndpointWithAnExample() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/networks/{network}/validate'.post.summary",
                        equalTo("Check a variant exactly as the network will, without storing anything"))
                .body("paths.'/api/v1/networks/{network}/validate'.post.requestBody.content.'application/json'"
                        + ".examples.'post with image'.value.media[0].type", equalTo("image/png"));
    }
}
