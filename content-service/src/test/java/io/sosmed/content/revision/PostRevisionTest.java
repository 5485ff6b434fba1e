package io.sosmed.content.revision;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.sosmed.content.channel.ChannelEvents;
import io.sosmed.testing.oidc.DemoUser;
import org.junit.jupiter.api.Test;

/** Every change of a post is a revision with who, when and the changed fields, listed newest first in cursor pages. */
@QuarkusTest
class PostRevisionTest {

    private static final String POSTS = "/api/v1/workspaces/acme/posts";

    @Test
    void createEditReviewDeleteAndRestoreAreRevisions() {
        String channel = ChannelEvents.connectAndAwait("acme", "LINKEDIN", null);
        var created = given().auth().oauth2(DemoUser.EDDIE.token()).contentType(ContentType.JSON)
                .body("""
                        {"title":"Quarterly update","tags":["news"],"variants":[{"channelId":"%s","text":"Q3 was good"}]}"""
                        .formatted(channel))
                .when().post(POSTS).then().statusCode(201).extract();
        String id = created.path("id");
        given().auth().oauth2(DemoUser.EDDIE.token()).contentType("application/merge-patch+json")
                .header("If-Match", created.header("ETag")).body("{\"title\":\"Quarterly update (final)\"}")
                .when().patch(POSTS + "/" + id).then().statusCode(200);
        given().auth().oauth2(DemoUser.EDDIE.token()).when().post(POSTS + "/" + id + "/submit").then().statusCode(200);
        given().auth().oauth2(DemoUser.AVERY.token()).when().post(POSTS + "/" + id + "/approve").then().statusCode(200);
        given().auth().oauth2(DemoUser.EDDIE.token()).when().delete(POSTS + "/" + id).then().statusCode(204);
        given().auth().oauth2(DemoUser.EDDIE.token()).when().post(POSTS + "/" + id + "/restore").then().statusCode(200);

        String revisions = POSTS + "/" + id + "/revisions";
        given().auth().oauth2(DemoUser.VERA.token()).when().get(revisions)
                .then().statusCode(200)
                .body("items.action", contains("RESTORED", "DELETED", "APPROVED", "SUBMITTED", "PATCHED", "CREATED"))
                .body("items.actorId", contains(DemoUser.EDDIE.subject(), DemoUser.EDDIE.subject(),
                        DemoUser.AVERY.subject(), DemoUser.EDDIE.subject(), DemoUser.EDDIE.subject(),
                        DemoUser.EDDIE.subject()))
                .body("items[4].changes.keySet()", contains("title"))
                .body("items[4].changes.title.before", equalTo("Quarterly update"))
                .body("items[4].changes.title.after", equalTo("Quarterly update (final)"))
                .body("items[3].changes.status.before", equalTo("DRAFT"))
                .body("items[3].changes.status.after", equalTo("IN_REVIEW"))
                .body("items[2].changes.status.after", equalTo("APPROVED"))
                .body("items[1].changes.deletedAt.before", nullValue())
                .body("items[1].changes.deletedAt.after", notNullValue())
                .body("items[0].changes.keySet()", hasItems("status", "deletedAt"))
                .body("items[0].changes.status.after", equalTo("DRAFT"))
                .body("items[5].changes.keySet()", hasItems("title", "status", "tags", "variants"))
                .body("items[5].changes.variants.after[0].text", equalTo("Q3 was good"))
                .body("items[5].state.title", equalTo("Quarterly update"));

        String cursor = given().auth().oauth2(DemoUser.EDDIE.token()).queryParam("limit", 4).when().get(revisions)
                .then().statusCode(200).body("items", hasSize(4)).body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        given().auth().oauth2(DemoUser.EDDIE.token()).queryParam("limit", 4).queryParam("cursor", cursor)
                .when().get(revisions)
                .then().statusCode(200).body("items.action", contains("PATCHED", "CREATED")).body("nextCursor", nullValue());
        given().auth().oauth2(DemoUser.OSCAR.token()).when().get(revisions).then().statusCode(404);
        given().auth().oauth2(DemoUser.EDDIE.token()).queryParam("limit", 0).when().get(revisions).then().statusCode(400);
    }
}
