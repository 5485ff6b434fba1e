package io.sosmed.content.approval;

import static io.restassured.RestAssured.given;
import static io.sosmed.content.approval.Reviews.ACME;
import static io.sosmed.content.approval.Reviews.PROBLEM_JSON;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.sosmed.testing.oidc.DemoUser;
import org.junit.jupiter.api.Test;

/** Threaded review comments: authors and reviewers write, every member reads, other workspaces see 404. */
@QuarkusTest
class ReviewCommentTest {

    @Test
    void repliesThreadUnderTheirParentAndPagesReadOldestFirst() {
        String postId = Reviews.createPost("x-main", "Comment on me", null);
        String comments = ACME + "/posts/" + postId + "/comments";
        String first = comment(DemoUser.AVERY, comments, "{\"body\":\"Can we shorten this?\"}");
        String reply = comment(DemoUser.EDDIE, comments, "{\"body\":\"Done\",\"parentId\":\"%s\"}".formatted(first));
        comment(DemoUser.ALICE, comments, "{\"body\":\"Approved from my side\"}");

        String cursor = given().auth().oauth2(DemoUser.VERA.token()).queryParam("limit", 2).when().get(comments)
                .then().statusCode(200)
                .body("items.body", contains("Can we shorten this?", "Done"))
                .body("items[0].parentId", nullValue())
                .body("items[1].parentId", equalTo(first))
                .body("items[0].authorId", equalTo(DemoUser.AVERY.subject()))
                .body("items[0].authorName", equalTo("avery"))
                .body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        given().auth().oauth2(DemoUser.VERA.token()).queryParam("cursor", cursor).when().get(comments)
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].body", equalTo("Approved from my side"))
                .body("nextCursor", nullValue());
        given().auth().oauth2(DemoUser.VERA.token()).when().get(comments + "/" + reply)
                .then().statusCode(200).body("parentId", equalTo(first));
    }

    @Test
    void badParentEmptyBodyViewerAndOtherWorkspaceAreRefused() {
        String postId = Reviews.createPost("x-main", "Guarded comments", null);
        String comments = ACME + "/posts/" + postId + "/comments";
        given().auth().oauth2(DemoUser.EDDIE.token()).contentType(ContentType.JSON)
                .body("{\"body\":\"Hi\",\"parentId\":\"00000000-0000-0000-0000-000000000001\"}")
                .when().post(comments).then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", hasItem("parentId"));
        given().auth().oauth2(DemoUser.EDDIE.token()).contentType(ContentType.JSON).body("{\"body\":\"  \"}")
                .when().post(comments).then().statusCode(400).body("errors.field", hasItem("body"));
        given().auth().oauth2(DemoUser.VERA.token()).contentType(ContentType.JSON).body("{\"body\":\"Nice\"}")
                .when().post(comments).then().statusCode(403);
        given().auth().oauth2(DemoUser.OSCAR.token()).when().get(comments).then().statusCode(404);
        given().auth().oauth2(DemoUser.OSCAR.token()).when().get("/api/v1/workspaces/globex/posts/" + postId + "/comments")
                .then().statusCode(404);
    }

    private static String comment(DemoUser user, String path, String body) {
        return given().auth().oauth2(user.token()).contentType(ContentType.JSON).body(body)
                .when().post(path).then().statusCode(201).header("Location", notNullValue())
                .extract().path("id");
    }
}
