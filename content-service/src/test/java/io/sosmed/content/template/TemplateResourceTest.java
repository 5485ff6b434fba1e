package io.sosmed.content.template;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.sosmed.testing.oidc.DemoUser;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Templates over HTTP: create, render with exact variable checks, roles and workspace isolation. */
@QuarkusTest
class TemplateResourceTest {

    private static final String TEMPLATES = "/api/v1/workspaces/acme/templates";
    private static final String PROBLEM_JSON = "application/problem+json";

    @Test
    void editorCreatesTemplateAndAnyMemberRendersIt() {
        String location = create(DemoUser.EDDIE, "Invite " + UUID.randomUUID(), "Join {{speaker}} on {{ date }}!")
                .statusCode(201)
                .body("variables", contains("speaker", "date"))
                .body("createdBy", equalTo(DemoUser.EDDIE.subject()))
                .extract().header("Location");

        given().auth().oauth2(DemoUser.VERA.token()).contentType(ContentType.JSON)
                .body("{\"values\":{\"speaker\":\"Ada\",\"date\":\"May 4\"}}")
                .when().post(location + "/render")
                .then().statusCode(200)
                .body("text", equalTo("Join Ada on May 4!"))
                .body("variables", contains("speaker", "date"));
    }

    @Test
    void renderWithMissingAndUnknownVariablesIs422ListingEach() {
        String location = create(DemoUser.EDDIE, "Launch " + UUID.randomUUID(), "{{product}} ships {{when}}")
                .statusCode(201).extract().header("Location");

        given().auth().oauth2(DemoUser.EDDIE.token()).contentType(ContentType.JSON)
                .body("{\"values\":{\"product\":\"Sosmed\",\"colour\":\"blue\"}}")
                .when().post(location + "/render")
                .then().statusCode(422).contentType(PROBLEM_JSON)
                .body("errors.field", containsInAnyOrder("values.when", "values.colour"))
                .body("detail", containsString("values.when"));
    }

    @Test
    void malformedPlaceholderBlankTextAndDuplicateNameAreRefused() {
        String name = "Dup " + UUID.randomUUID();
        create(DemoUser.EDDIE, name, "Hello {{first name}}")
                .statusCode(422).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("text"));
        create(DemoUser.EDDIE, name, " ")
                .statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("text"));
        create(DemoUser.EDDIE, name, "Hello").statusCode(201);
        create(DemoUser.ALICE, name.toUpperCase(), "Hello again")
                .statusCode(409).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("name"));
    }

    @Test
    void editorReplacesAndDeletesViewerCannotWrite() {
        String location = create(DemoUser.EDDIE, "Edit me " + UUID.randomUUID(), "v1 {{a}}").statusCode(201)
                .extract().header("Location");

        given().auth().oauth2(DemoUser.VERA.token()).contentType(ContentType.JSON)
                .body("{\"name\":\"Viewer\",\"text\":\"nope\"}")
                .when().put(location).then().statusCode(403).contentType(PROBLEM_JSON);
        create(DemoUser.VERA, "Viewer " + UUID.randomUUID(), "nope").statusCode(403);
        given().auth().oauth2(DemoUser.AVERY.token()).when().delete(location).then().statusCode(403);

        given().auth().oauth2(DemoUser.EDDIE.token()).contentType(ContentType.JSON)
                .body("{\"name\":\"Edited\",\"text\":\"v2 {{b}}\"}")
                .when().put(location).then().statusCode(200).body("variables", contains("b")).body("version", equalTo(1));
        given().auth().oauth2(DemoUser.EDDIE.token()).when().delete(location).then().statusCode(204);
        given().auth().oauth2(DemoUser.EDDIE.token()).when().get(location).then().statusCode(404);
    }

    @Test
    void anotherWorkspaceSees404AndCannotRender() {
        String location = create(DemoUser.EDDIE, "Secret " + UUID.randomUUID(), "{{x}}").statusCode(201)
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        given().auth().oauth2(DemoUser.OSCAR.token()).when().get(location).then().statusCode(404);
        given().auth().oauth2(DemoUser.OSCAR.token()).when().get("/api/v1/workspaces/globex/templates/" + id)
                .then().statusCode(404).contentType(PROBLEM_JSON);
        given().auth().oauth2(DemoUser.OSCAR.token()).contentType(ContentType.JSON).body("{\"values\":{\"x\":\"1\"}}")
                .when().post("/api/v1/workspaces/globex/templates/" + id + "/render").then().statusCode(404);
    }

    private static ValidatableResponse create(DemoUser user, String name, String text) {
        return given().auth().oauth2(user.token()).contentType(ContentType.JSON)
                .body("{\"name\":\"%s\",\"text\":\"%s\"}".formatted(name, text))
                .when().post(TEMPLATES).then();
    }
}
