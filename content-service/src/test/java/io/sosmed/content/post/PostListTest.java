package io.sosmed.content.post;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.sosmed.testing.oidc.DemoUser;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Filters and cursor pagination of {@code GET /posts}. */
@QuarkusTest
class PostListTest {

    private static final String ACME_POSTS = "/api/v1/workspaces/acme/posts";

    @Test
    void pagesThroughEveryPostOnceNewestFirst() {
        String tag = "paging-" + UUID.randomUUID();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(create("Post " + i, tag, "x-main", "education", "Hello number " + i));
        }

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().auth().oauth2(DemoUser.VERA.token()).queryParam("tag", tag).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.when().get(ACME_POSTS).then().statusCode(200).extract();
            seen.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        List<String> newestFirst = new ArrayList<>(created);
        Collections.reverse(newestFirst);
        assertThat(seen).containsExactlyElementsOf(newestFirst);
    }

    @Test
    void filtersByChannelPillarTextAndStatus() {
        String tag = "filters-" + UUID.randomUUID();
        String onX = create("On X", tag, "x-filter", "education", "Spring sale starts today");
        String onLinkedIn = create("On LinkedIn", tag, "li-filter", "product", "Quarterly report is out");

        given().auth().oauth2(DemoUser.EDDIE.token()).queryParam("tag", tag).queryParam("channelId", "li-filter")
                .when().get(ACME_POSTS).then().statusCode(200).body("items.id", contains(onLinkedIn));
        given().auth().oauth2(DemoUser.EDDIE.token()).queryParam("tag", tag).queryParam("pillar", "education")
                .when().get(ACME_POSTS).then().statusCode(200).body("items.id", contains(onX));
        given().auth().oauth2(DemoUser.EDDIE.token()).queryParam("tag", tag).queryParam("q", "SPRING SALE")
                .when().get(ACME_POSTS).then().statusCode(200).body("items.id", contains(onX));
        given().auth().oauth2(DemoUser.EDDIE.token()).queryParam("tag", tag).queryParam("q", "100%")
                .when().get(ACME_POSTS).then().statusCode(200).body("items.size()", equalTo(0));
        given().auth().oauth2(DemoUser.EDDIE.token()).queryParam("tag", tag).queryParam("status", "draft")
                .when().get(ACME_POSTS).then().statusCode(200).body("items.id", hasItems(onX, onLinkedIn));
        given().auth().oauth2(DemoUser.EDDIE.token()).queryParam("tag", tag).queryParam("authorId", DemoUser.EDDIE.subject())
                .when().get(ACME_POSTS).then().statusCode(200).body("items.size()", equalTo(2));
    }

    @Test
    void badQueryValuesAre400NamingTheParameter() {
        given().auth().oauth2(DemoUser.EDDIE.token()).queryParam("status", "LIVE")
                .when().get(ACME_POSTS).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("status"));
        given().auth().oauth2(DemoUser.EDDIE.token()).queryParam("cursor", "not-ours")
                .when().get(ACME_POSTS).then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        given().auth().oauth2(DemoUser.EDDIE.token()).queryParam("limit", 0)
                .when().get(ACME_POSTS).then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().auth().oauth2(DemoUser.EDDIE.token()).queryParam("campaignId", "abc")
                .when().get(ACME_POSTS).then().statusCode(400).body("errors[0].field", equalTo("campaignId"));
    }

    @Test
    void otherWorkspaceListsNothingOfAcme() {
        String tag = "tenant-" + UUID.randomUUID();
        create("Acme only", tag, "x-main", "education", "Hello");

        given().auth().oauth2(DemoUser.OSCAR.token()).queryParam("tag", tag)
                .when().get("/api/v1/workspaces/globex/posts").then().statusCode(200).body("items.size()", equalTo(0));
        given().auth().oauth2(DemoUser.OSCAR.token()).when().get(ACME_POSTS).then().statusCode(404);
    }

    private static String create(String title, String tag, String channel, String pillar, String text) {
        return given().auth().oauth2(DemoUser.EDDIE.token()).contentType(ContentType.JSON)
                .body("""
                        {"title":"%s","tags":["%s"],"pillar":"%s","variants":[{"channelId":"%s","text":"%s"}]}"""
                        .formatted(title, tag, pillar, channel, text))
                .when().post(ACME_POSTS)
                .then().statusCode(201).extract().path("id");
    }
}
