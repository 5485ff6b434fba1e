package io.sosmed.content.post;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.empty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.sosmed.platform.event.EventSchemas;
import io.sosmed.platform.outbox.OutboxEvent;
import io.sosmed.platform.outbox.OutboxEventRepository;
import io.sosmed.testing.oidc.DemoUser;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Editing with optimistic concurrency, merge patches, approval withdrawal, trash and restore, and their events. */
@QuarkusTest
class PostEditingTest {

    private static final String ACME_POSTS = "/api/v1/workspaces/acme/posts";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    OutboxEventRepository outbox;

    @Inject
    EntityManager em;

    @Test
    void putWithCurrentEtagReplacesAndStaleOrMissingEtagIsRefused() {
        ExtractableResponse<Response> created = create();
        String id = created.path("id");
        String etag = created.header("ETag");

        String newEtag = given().auth().oauth2(DemoUser.EDDIE.token()).contentType(ContentType.JSON)
                .header("If-Match", etag).body(PostRequests.titled("Replaced title"))
                .when().put(ACME_POSTS + "/" + id)
                .then().statusCode(200)
                .body("title", equalTo("Replaced title"))
                .body("version", equalTo(1))
                .extract().header("ETag");
        assertThat(newEtag).isEqualTo("\"1\"").isNotEqualTo(etag);

        given().auth().oauth2(DemoUser.EDDIE.token()).contentType(ContentType.JSON)
                .header("If-Match", etag).body(PostRequests.titled("Lost update"))
                .when().put(ACME_POSTS + "/" + id)
                .then().statusCode(412).contentType(PROBLEM_JSON).body("type", equalTo("https://sosmed.io/problems/stale-version"));
        given().auth().oauth2(DemoUser.EDDIE.token()).contentType(ContentType.JSON)
                .body(PostRequests.titled("No precondition"))
                .when().put(ACME_POSTS + "/" + id)
                .then().statusCode(428).contentType(PROBLEM_JSON);
        given().auth().oauth2(DemoUser.VERA.token()).when().get(ACME_POSTS + "/" + id)
                .then().statusCode(200).header("ETag", newEtag).body("title", equalTo("Replaced title"));
    }

    @Test
    void mergePatchChangesOnlyGivenFieldsAndNullRemoves() {
        ExtractableResponse<Response> created = create();
        String id = created.path("id");

        given().auth().oauth2(DemoUser.EDDIE.token()).contentType("application/merge-patch+json")
                .header("If-Match", created.header("ETag"))
                .body("{\"title\":\"Patched\",\"tags\":null,\"pillar\":\"education\"}")
                .when().patch(ACME_POSTS + "/" + id)
                .then().statusCode(200)
                .body("title", equalTo("Patched"))
                .body("tags", empty())
                .body("pillar", equalTo("education"))
                .body("variants.channelId", hasItems("x-main", "linkedin-page"));
    }

    @Test
    void invalidPatchIs400WithFieldsAndChangesNothing() {
        ExtractableResponse<Response> created = create();
        String id = created.path("id");

        given().auth().oauth2(DemoUser.EDDIE.token()).contentType("application/merge-patch+json")
                .header("If-Match", created.header("ETag"))
                .body("{\"title\":\"\",\"variants\":[{\"channelId\":\"x-main\",\"text\":\"ok\",\"link\":\"ftp://nope\"}]}")
                .when().patch(ACME_POSTS + "/" + id)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", hasItems("title", "variants[0].link"));
        given().auth().oauth2(DemoUser.EDDIE.token()).contentType("application/merge-patch+json")
                .header("If-Match", created.header("ETag"))
                .body("{\"variants\":\"x-main\"}")
                .when().patch(ACME_POSTS + "/" + id)
                .then().statusCode(400).contentType(PROBLEM_JSON);
        given().auth().oauth2(DemoUser.EDDIE.token()).when().get(ACME_POSTS + "/" + id)
                .then().statusCode(200).body("title", equalTo("Webinar launch")).body("version", equalTo(0));
    }

    @Test
    void editingAnApprovedPostReturnsItToDraftAndSaysSoInTheEvent() throws Exception {
        String id = create().path("id");
        QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("update post set status = 'APPROVED' where id = cast(:id as uuid)")
                        .setParameter("id", id).executeUpdate());

        given().auth().oauth2(DemoUser.EDDIE.token()).contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"").body("{\"title\":\"Changed after approval\"}")
                .when().patch(ACME_POSTS + "/" + id)
                .then().statusCode(200).body("status", equalTo("DRAFT"));

        JsonNode event = lastEvent(id, "sosmed.post.updated.v1");
        assertThat(EventSchemas.violations(event)).isEmpty();
        assertThat(event.at("/data/previousStatus").asText()).isEqualTo("APPROVED");
        assertThat(event.at("/data/status").asText()).isEqualTo("DRAFT");
        assertThat(event.at("/data/version").asLong()).isEqualTo(1);
        assertThat(event.at("/data/changedBy").asText()).isEqualTo(DemoUser.EDDIE.subject());
        assertThat(event.at("/data/variants/0/text").asText()).isEqualTo("Join us #webinar https://example.com/w");
    }

    @Test
    void deletedPostGoesToTrashAndComesBack() throws Exception {
        String id = create().path("id");

        given().auth().oauth2(DemoUser.EDDIE.token()).when().delete(ACME_POSTS + "/" + id).then().statusCode(204);
        given().auth().oauth2(DemoUser.EDDIE.token()).when().get(ACME_POSTS + "/" + id).then().statusCode(404);
        given().auth().oauth2(DemoUser.EDDIE.token()).queryParam("deleted", true).queryParam("limit", 100)
                .when().get(ACME_POSTS).then().statusCode(200).body("items.id", hasItems(id));
        JsonNode deleted = lastEvent(id, "sosmed.post.deleted.v1");
        assertThat(EventSchemas.violations(deleted)).isEmpty();
        assertThat(deleted.at("/data/deletedBy").asText()).isEqualTo(DemoUser.EDDIE.subject());

        given().auth().oauth2(DemoUser.EDDIE.token()).when().post(ACME_POSTS + "/" + id + "/restore")
                .then().statusCode(200).body("deletedAt", equalTo(null)).body("title", equalTo("Webinar launch"));
        given().auth().oauth2(DemoUser.EDDIE.token()).when().get(ACME_POSTS + "/" + id).then().statusCode(200);
        assertThat(EventSchemas.violations(lastEvent(id, "sosmed.post.updated.v1"))).isEmpty();
    }

    @Test
    void restoreAfterThirtyDaysIsGone() {
        String id = create().path("id");
        given().auth().oauth2(DemoUser.EDDIE.token()).when().delete(ACME_POSTS + "/" + id).then().statusCode(204);
        QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("update post set deleted_at = now() - interval '31 days' where id = cast(:id as uuid)")
                        .setParameter("id", id).executeUpdate());

        given().auth().oauth2(DemoUser.EDDIE.token()).when().post(ACME_POSTS + "/" + id + "/restore")
                .then().statusCode(410).contentType(PROBLEM_JSON);
    }

    @Test
    void viewerCannotEditOrDeleteAndOtherWorkspaceSees404() {
        ExtractableResponse<Response> created = create();
        String id = created.path("id");

        given().auth().oauth2(DemoUser.VERA.token()).contentType(ContentType.JSON).header("If-Match", created.header("ETag"))
                .body(PostRequests.titled("Viewer edit")).when().put(ACME_POSTS + "/" + id)
                .then().statusCode(403).contentType(PROBLEM_JSON);
        given().auth().oauth2(DemoUser.VERA.token()).when().delete(ACME_POSTS + "/" + id)
                .then().statusCode(403).contentType(PROBLEM_JSON);
        given().auth().oauth2(DemoUser.OSCAR.token()).when().delete(ACME_POSTS + "/" + id)
                .then().statusCode(404).contentType(PROBLEM_JSON);
        given().auth().oauth2(DemoUser.EDDIE.token()).when().get(ACME_POSTS + "/" + id)
                .then().statusCode(200).body("title", equalTo("Webinar launch"));
    }

    private JsonNode lastEvent(String postId, String type) throws Exception {
        List<OutboxEvent> events = QuarkusTransaction.requiringNew().call(() ->
                outbox.list("aggregateId = ?1 and eventType = ?2 order by id desc", postId, type));
        assertThat(events).isNotEmpty();
        return JSON.readTree(events.get(0).payload);
    }

    private static ExtractableResponse<Response> create() {
        return given().auth().oauth2(DemoUser.EDDIE.token()).contentType(ContentType.JSON).body(PostRequests.WEBINAR)
                .when().post(ACME_POSTS)
                .then().statusCode(201).extract();
    }
}
