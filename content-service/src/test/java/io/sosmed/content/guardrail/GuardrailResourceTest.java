package io.sosmed.content.guardrail;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.sosmed.testing.oidc.DemoUser;
import org.junit.jupiter.api.Test;

/**
 * Guardrail CRUD: admins write, members read, other workspaces see 404, fields must fit the kind. Rules that
 * would change every post (links, emoji) are created in globex so acme's post tests stay unaffected.
 */
@QuarkusTest
class GuardrailResourceTest {

    private static final String GLOBEX = "/api/v1/workspaces/globex/guardrails";
    private static final String ACME = "/api/v1/workspaces/acme/guardrails";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String LINKS = """
            {"name":"Own sites only","kind":"LINK_DOMAINS","severity":"ERROR","linkPolicy":"ALLOW",
             "domains":["Example.com","shop.example.org."]}""";

    @Test
    void adminCreatesReadsReplacesAndDeletes() {
        String location = given().auth().oauth2(DemoUser.OSCAR.token()).contentType(ContentType.JSON).body(LINKS)
                .when().post(GLOBEX)
                .then().statusCode(201)
                .body("kind", equalTo("LINK_DOMAINS"))
                .body("domains", contains("example.com", "shop.example.org"))
                .body("createdBy", equalTo(DemoUser.OSCAR.subject()))
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        given().auth().oauth2(DemoUser.OSCAR.token()).when().get(GLOBEX + "/" + id)
                .then().statusCode(200).body("linkPolicy", equalTo("ALLOW")).body("network", nullValue());
        given().auth().oauth2(DemoUser.OSCAR.token()).contentType(ContentType.JSON)
                .body("""
                        {"name":"Calm on Instagram","kind":"MAX_EMOJIS","severity":"WARNING","network":"INSTAGRAM","maxEmojis":3}""")
                .when().put(GLOBEX + "/" + id)
                .then().statusCode(200)
                .body("kind", equalTo("MAX_EMOJIS")).body("maxEmojis", equalTo(3)).body("domains", hasSize(0))
                .body("version", equalTo(1));
        given().auth().oauth2(DemoUser.ALICE.token()).when().get(ACME + "/" + id)
                .then().statusCode(404).contentType(PROBLEM_JSON);
        given().auth().oauth2(DemoUser.OSCAR.token()).when().delete(GLOBEX + "/" + id).then().statusCode(204);
        given().auth().oauth2(DemoUser.OSCAR.token()).when().get(GLOBEX + "/" + id).then().statusCode(404);
    }

    @Test
    void onlyAdminsWriteAndEveryMemberReads() {
        String banned = """
                {"name":"Words we avoid","kind":"BANNED_TERM","severity":"ERROR","terms":["guardrailtestword"]}""";
        given().auth().oauth2(DemoUser.EDDIE.token()).contentType(ContentType.JSON).body(banned)
                .when().post(ACME).then().statusCode(403).contentType(PROBLEM_JSON);
        given().auth().oauth2(DemoUser.AVERY.token()).contentType(ContentType.JSON).body(banned)
                .when().post(ACME).then().statusCode(403);
        String id = given().auth().oauth2(DemoUser.ALICE.token()).contentType(ContentType.JSON).body(banned)
                .when().post(ACME).then().statusCode(201).extract().path("id");
        try {
            given().auth().oauth2(DemoUser.VERA.token()).queryParam("kind", "banned_term").when().get(ACME)
                    .then().statusCode(200).body("items.id", hasItems(id));
            given().auth().oauth2(DemoUser.EDDIE.token()).contentType(ContentType.JSON).body(banned)
                    .when().put(ACME + "/" + id).then().statusCode(403);
            given().auth().oauth2(DemoUser.OSCAR.token()).when().get(ACME + "/" + id).then().statusCode(404);
        } finally {
            given().auth().oauth2(DemoUser.ALICE.token()).when().delete(ACME + "/" + id).then().statusCode(204);
        }
    }

    @Test
    void fieldsMustFitTheKind() {
        given().auth().oauth2(DemoUser.OSCAR.token()).contentType(ContentType.JSON)
                .body("""
                        {"name":"Disclose","kind":"REQUIRED_DISCLOSURE","severity":"ERROR","terms":["sponsored"],"maxEmojis":2}""")
                .when().post(GLOBEX)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", hasItems("disclosures", "maxEmojis"));
        given().auth().oauth2(DemoUser.OSCAR.token()).contentType(ContentType.JSON)
                .body("""
                        {"name":"Links","kind":"LINK_DOMAINS","severity":"ERROR","linkPolicy":"DENY","domains":["not a domain"]}""")
                .when().post(GLOBEX)
                .then().statusCode(400).body("errors.field", hasItems("domains[0]"));
        given().auth().oauth2(DemoUser.OSCAR.token()).contentType(ContentType.JSON)
                .body("""
                        {"name":"x","kind":"SHOUTING","severity":"ERROR"}""")
                .when().post(GLOBEX)
                .then().statusCode(400).body("errors.field", hasItems("kind"));
        given().auth().oauth2(DemoUser.OSCAR.token()).queryParam("kind", "SHOUTING").when().get(GLOBEX)
                .then().statusCode(400).body("errors.field", hasItems("kind"));
    }

    @Test
    void listIsCursorPaginated() {
        String[] ids = new String[3];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = given().auth().oauth2(DemoUser.OSCAR.token()).contentType(ContentType.JSON)
                    .body("""
                            {"name":"Topic %d","kind":"SENSITIVE_TOPIC","severity":"WARNING","terms":["pagingtopic%d"]}"""
                            .formatted(i, i))
                    .when().post(GLOBEX).then().statusCode(201).extract().path("id");
        }
        try {
            String cursor = given().auth().oauth2(DemoUser.OSCAR.token()).queryParam("limit", 2)
                    .queryParam("kind", "SENSITIVE_TOPIC").when().get(GLOBEX)
                    .then().statusCode(200).body("items", hasSize(2)).body("items[0].id", equalTo(ids[2]))
                    .body("nextCursor", notNullValue())
                    .extract().path("nextCursor");
            given().auth().oauth2(DemoUser.OSCAR.token()).queryParam("limit", 2).queryParam("kind", "SENSITIVE_TOPIC")
                    .queryParam("cursor", cursor).when().get(GLOBEX)
                    .then().statusCode(200).body("items[0].id", equalTo(ids[0]));
            given().auth().oauth2(DemoUser.OSCAR.token()).queryParam("cursor", "garbage").when().get(GLOBEX)
                    .then().statusCode(400).body("errors.field", hasItems("cursor"));
        } finally {
            for (String id : ids) {
                given().auth().oauth2(DemoUser.OSCAR.token()).when().delete(GLOBEX + "/" + id).then().statusCode(204);
            }
        }
    }
}
