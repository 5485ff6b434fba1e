package io.sosmed.content.post;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.sosmed.testing.oidc.DemoUser;
import io.sosmed.testing.oidc.TestTokens;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PostResourceTest {

    private static final String ACME_POSTS = "/api/v1/workspaces/acme/posts";
    private static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    PostRepository posts;

    @Test
    void editorCreatesDraftAndReadsItBackAtLocation() {
        ExtractableResponse<Response> created = create(DemoUser.EDDIE, PostRequests.WEBINAR)
                .statusCode(201)
                .header("Location", containsString(ACME_POSTS + "/"))
                .body("status", equalTo("DRAFT"))
                .body("title", equalTo("Webinar launch"))
                .body("authorId", equalTo(DemoUser.EDDIE.subject()))
                .body("workspaceId", equalTo("acme"))
                .body("variants.channelId", hasItems("x-main", "linkedin-page"))
                .body("tags", hasItems("webinar"))
                .extract();

        given().auth().oauth2(DemoUser.VERA.token())
                .when().get(created.header("Location"))
                .then().statusCode(200)
                .body("id", equalTo(created.path("id")))
                .body("variants[0].text", equalTo("Join us #webinar https://example.com/w"));
    }

    @Test
    void viewerMayNotCreateAndNothingIsStored() {
        String title = "Viewer attempt " + UUID.randomUUID();

        create(DemoUser.VERA, PostRequests.titled(title))
                .statusCode(403)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(403))
                .body("type", equalTo("https://sosmed.io/problems/forbidden"));

        assertThat(posts.count("title", title)).isZero();
    }

    @Test
    void memberOfAnotherWorkspaceGets404ForPostAndWorkspace() {
        String location = create(DemoUser.EDDIE, PostRequests.WEBINAR).statusCode(201).extract().header("Location");

        given().auth().oauth2(DemoUser.OSCAR.token())
                .when().get(location)
                .then().statusCode(404).contentType(PROBLEM_JSON)
                .body("detail", not(containsString("Webinar")));
        create(DemoUser.OSCAR, PostRequests.titled("Globex sneaks in")).statusCode(404).contentType(PROBLEM_JSON);
        assertThat(posts.count("title", "Globex sneaks in")).isZero();
    }

    @Test
    void unknownWorkspaceAndUnknownPostAre404() {
        given().auth().oauth2(DemoUser.EDDIE.token())
                .when().get("/api/v1/workspaces/initech/posts/" + UUID.randomUUID())
                .then().statusCode(404).contentType(PROBLEM_JSON);
        given().auth().oauth2(DemoUser.EDDIE.token())
                .when().get(ACME_POSTS + "/" + UUID.randomUUID())
                .then().statusCode(404).contentType(PROBLEM_JSON)
                .body("type", equalTo("https://sosmed.io/problems/not-found"));
        given().auth().oauth2(DemoUser.EDDIE.token())
                .when().get(ACME_POSTS + "/not-a-uuid")
                .then().statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void missingExpiredOrForeignTokensAre401() {
        given().contentType(ContentType.JSON).body(PostRequests.WEBINAR)
                .when().post(ACME_POSTS)
                .then().statusCode(401).contentType(PROBLEM_JSON)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401));
        DemoUser eddie = DemoUser.EDDIE;
        given().auth().oauth2(TestTokens.expired(eddie.subject(), eddie.username(), eddie.memberships()))
                .contentType(ContentType.JSON).body(PostRequests.WEBINAR)
                .when().post(ACME_POSTS)
                .then().statusCode(401).contentType(PROBLEM_JSON);
        given().auth().oauth2(TestTokens.signedByStranger(eddie.subject(), eddie.username(), eddie.memberships()))
                .when().get(ACME_POSTS + "/" + UUID.randomUUID())
                .then().statusCode(401).contentType(PROBLEM_JSON);
        given().auth().oauth2("not-a-jwt")
                .when().get(ACME_POSTS + "/" + UUID.randomUUID())
                .then().statusCode(401).contentType(PROBLEM_JSON);
    }

    @Test
    void malformedJsonIs400() {
        create(DemoUser.EDDIE, "{\"title\": \"Broken\", ")
                .statusCode(400).contentType(PROBLEM_JSON)
                .body("type", equalTo("https://sosmed.io/problems/malformed-request"))
                .body("detail", not(containsString("com.fasterxml")))
                .body("detail", not(containsString("io.sosmed")));
    }

    @Test
    void wrongTypeIs400NamingTheField() {
        create(DemoUser.EDDIE, "{\"title\":\"Typed\",\"variants\":\"x-main\"}")
                .statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("variants"))
                .body("errors[0].message", containsString("an array"));
    }

    @Test
    void missingBodyIs400() {
        given().auth().oauth2(DemoUser.EDDIE.token()).contentType(ContentType.JSON)
                .when().post(ACME_POSTS)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", hasItems("body"));
    }

    @Test
    void validationErrorsListEveryOffendingField() {
        create(DemoUser.EDDIE, "{\"title\":\"\",\"tags\":[\"\"],\"variants\":[{\"channelId\":\"\",\"text\":null}]}")
                .statusCode(400).contentType(PROBLEM_JSON)
                .body("type", equalTo("https://sosmed.io/problems/validation"))
                .body("errors.field", hasItems("title", "tags[0]", "variants[0].channelId", "variants[0].text"));
        assertThat(posts.count("title", "")).isZero();
    }

    @Test
    void wrongMediaTypeIs415Problem() {
        given().auth().oauth2(DemoUser.EDDIE.token()).contentType(ContentType.TEXT).body("hello")
                .when().post(ACME_POSTS)
                .then().statusCode(415).contentType(PROBLEM_JSON);
    }

    private static io.restassured.response.ValidatableResponse create(DemoUser user, String body) {
        return given().auth().oauth2(user.token()).contentType(ContentType.JSON).body(body)
                .when().post(ACME_POSTS)
                .then();
    }
}
