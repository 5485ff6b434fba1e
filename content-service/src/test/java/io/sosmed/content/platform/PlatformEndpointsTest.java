package io.sosmed.content.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What the platform library adds to every service: event catalog, health, OpenAPI, CORS, problem bodies. */
@QuarkusTest
class PlatformEndpointsTest {

    @Test
    void servesAsyncApiAndEventSchemasWithoutToken() {
        given().when().get("/api/v1/events/asyncapi.yaml")
                .then().statusCode(200)
                .body(containsString("asyncapi: 3.0.0"))
                .body(containsString("address: post-lifecycle"));
        given().when().get("/api/v1/events/schemas/sosmed.post.created.v1.json")
                .then().statusCode(200)
                .body("$id", equalTo("urn:sosmed:event-schema:sosmed.post.created.v1"));
        given().when().get("/api/v1/events/schemas/sosmed.nothing.v1.json")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void readinessCoversDatabaseAndKafka() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }

    @Test
    void servesOpenApiWithThePostsEndpoint() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/workspaces/{workspaceId}/posts'.post.summary",
                        equalTo("Create a draft post with one variant per target channel"));
    }

    @Test
    void answersCorsPreflightForConfiguredOrigin() {
        given().header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .when().options("/api/v1/workspaces/acme/posts")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:5173")
                .header("Access-Control-Allow-Methods", containsString("POST"));
    }

    @Test
    void unknownPathIsProblem404() {
        given().when().get("/api/v1/nothing-here")
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404));
    }
}
