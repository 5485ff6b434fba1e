package io.sosmed.local;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The walking skeleton across all four services, on the stack the README's run command starts: real
 * Keycloak tokens, a real broker and database, services from their built jars.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalStackIT {

    private static final String POST_BODY = """
            {"title":"Webinar launch","tags":["webinar"],
             "variants":[{"channelId":"x-main","text":"Join us #webinar https://example.com/w"}]}""";
    private static final Duration ALL_SERVICES_SHOW_IT = Duration.ofSeconds(5);

    private static StackSettings settings;
    private static LocalStack stack;
    private static String postId;

    @BeforeAll
    static void startStack() throws Exception {
        Path data = Files.createTempDirectory("sosmed-e2e");
        settings = StackSettings.from(Map.of("SOSMED_DATA_DIR", data.toString()), StackSettings.locateRepository());
        stack = new LocalStack(settings, new Progress(System.out));
        stack.start();
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void postCreatedByEddieShowsInAllFourServicesWithinFiveSeconds() {
        postId = given().auth().oauth2(KeycloakTokens.password(settings, "eddie"))
                .contentType(ContentType.JSON).body(POST_BODY)
                .when().post(SosmedService.CONTENT.baseUrl() + "/api/v1/workspaces/acme/posts")
                .then().statusCode(201)
                .body("status", equalTo("DRAFT"))
                .extract().path("id");

        String token = KeycloakTokens.password(settings, "eddie");
        await().atMost(ALL_SERVICES_SHOW_IT).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            for (SosmedService service : SosmedService.values()) {
                given().auth().oauth2(token)
                        .when().get(postUrl(service, "acme"))
                        .then().statusCode(200).body("title", equalTo("Webinar launch"));
            }
        });
    }

    @Test
    @Order(2)
    void otherWorkspaceGets404AndViewerGets403AndNoTokenGets401() {
        String oscar = KeycloakTokens.password(settings, "oscar");
        for (SosmedService service : SosmedService.values()) {
            given().auth().oauth2(oscar).when().get(postUrl(service, "acme"))
                    .then().statusCode(404).contentType("application/problem+json");
            given().when().get(postUrl(service, "acme"))
                    .then().statusCode(401).contentType("application/problem+json");
        }
        given().auth().oauth2(KeycloakTokens.password(settings, "vera"))
                .contentType(ContentType.JSON).body(POST_BODY)
                .when().post(SosmedService.CONTENT.baseUrl() + "/api/v1/workspaces/acme/posts")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @Order(3)
    void integrationClientWithClientCredentialsReadsAsAgent() {
        given().auth().oauth2(KeycloakTokens.clientCredentials(settings))
                .when().get(postUrl(SosmedService.COMMUNITY, "acme"))
                .then().statusCode(200).body("title", equalTo("Webinar launch"));
        given().auth().oauth2(KeycloakTokens.clientCredentials(settings))
                .contentType(ContentType.JSON).body(POST_BODY)
                .when().post(SosmedService.CONTENT.baseUrl() + "/api/v1/workspaces/acme/posts")
                .then().statusCode(403);
    }

    @Test
    @Order(4)
    void dataSurvivesARestartOfTheWholeStack() {
        stack.close();
        stack = new LocalStack(settings, new Progress(System.out));
        stack.start();

        String token = KeycloakTokens.password(settings, "eddie");
        for (SosmedService service : SosmedService.values()) {
            given().auth().oauth2(token).when().get(postUrl(service, "acme"))
                    .then().statusCode(200).body("title", equalTo("Webinar launch"));
        }
    }

    private static String postUrl(SosmedService service, String workspace) {
        return service.baseUrl() + "/api/v1/workspaces/" + workspace + "/posts/" + postId;
    }
}
