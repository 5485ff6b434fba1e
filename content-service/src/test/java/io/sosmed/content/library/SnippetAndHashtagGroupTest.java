package io.sosmed.content.library;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.sosmed.testing.oidc.DemoUser;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Snippets and hashtag groups: CRUD, normalisation, cursor pages, roles and workspace isolation. */
@QuarkusTest
class SnippetAndHashtagGroupTest {

    private static final String SNIPPETS = "/api/v1/workspaces/globex/snippets";
    private static final String GROUPS = "/api/v1/workspaces/acme/hashtag-groups";

    @Test
    void snippetsPageNewestFirstWithoutGapsOrRepeats() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(given().auth().oauth2(DemoUser.OSCAR.token()).contentType(ContentType.JSON)
                    .body("{\"name\":\"Sign-off %d %s\",\"text\":\"Bye %d\"}".formatted(i, UUID.randomUUID(), i))
                    .when().post(SNIPPETS).then().statusCode(201).extract().path("id"));
        }

        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().auth().oauth2(DemoUser.OSCAR.token()).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.when().get(SNIPPETS).then().statusCode(200).extract();
            seen.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
        } while (cursor != null);

        List<String> newestFirst = new ArrayList<>(created);
        java.util.Collections.reverse(newestFirst);
        assertThat(seen).containsSubsequence(newestFirst).doesNotHaveDuplicates();
        given().auth().oauth2(DemoUser.OSCAR.token()).queryParam("cursor", "forged")
                .when().get(SNIPPETS).then().statusCode(400).body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void snippetIsInvisibleToOtherWorkspaceAndViewerCannotChangeIt() {
        String location = given().auth().oauth2(DemoUser.OSCAR.token()).contentType(ContentType.JSON)
                .body("{\"name\":\"Globex only %s\",\"text\":\"Private\"}".formatted(UUID.randomUUID()))
                .when().post(SNIPPETS).then().statusCode(201).extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        given().auth().oauth2(DemoUser.EDDIE.token()).when().get(location).then().statusCode(404);
        given().auth().oauth2(DemoUser.EDDIE.token()).when().get("/api/v1/workspaces/acme/snippets/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(DemoUser.EDDIE.token()).when().delete("/api/v1/workspaces/acme/snippets/" + id)
                .then().statusCode(404);
        given().auth().oauth2(DemoUser.VERA.token()).contentType(ContentType.JSON)
                .body("{\"name\":\"Viewer\",\"text\":\"No\"}")
                .when().post("/api/v1/workspaces/acme/snippets").then().statusCode(403);
        given().auth().oauth2(DemoUser.OSCAR.token()).when().get(location).then().statusCode(200).body("text", equalTo("Private"));
    }

    @Test
    void hashtagGroupAddsHashesDropsDuplicatesAndReadsAsText() {
        String location = given().auth().oauth2(DemoUser.EDDIE.token()).contentType(ContentType.JSON)
                .body("{\"name\":\"Webinars %s\",\"hashtags\":[\"webinar\",\"#Marketing\",\"#webinar\",\"café_live\"]}"
                        .formatted(UUID.randomUUID()))
                .when().post(GROUPS).then().statusCode(201)
                .body("hashtags", contains("#webinar", "#Marketing", "#café_live"))
                .body("text", equalTo("#webinar #Marketing #café_live"))
                .extract().header("Location");

        given().auth().oauth2(DemoUser.NINA.token()).when().get(location).then().statusCode(200)
                .body("hashtags.size()", equalTo(3));
        given().auth().oauth2(DemoUser.EDDIE.token()).contentType(ContentType.JSON)
                .body("{\"name\":\"Bad\",\"hashtags\":[\"two words\",\"\"]}")
                .when().put(location).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("hashtags[0]", "hashtags[1]"));
        given().auth().oauth2(DemoUser.EDDIE.token()).contentType(ContentType.JSON)
                .body("{\"name\":\"Empty\",\"hashtags\":[]}")
                .when().post(GROUPS).then().statusCode(400).body("errors[0].field", equalTo("hashtags"));
        given().auth().oauth2(DemoUser.OSCAR.token()).when().get(location).then().statusCode(404);
    }
}
