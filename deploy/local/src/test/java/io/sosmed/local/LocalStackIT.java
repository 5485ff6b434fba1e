package io.sosmed.local;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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

    /**
     * The whole publishing path on the simulated Bluesky PDS: channel connected with an app password, an image with alt
     * text uploaded to content-service, the post approved and published now, and the record on the PDS carrying the
     * tag and link facets at their UTF-8 byte offsets and the image's alt text (schedule-service reads the image from
     * content-service as its own service account).
     */
    @Test
    @Order(4)
    void approvedPostWithLinkHashtagAndImageIsPublishedOnBlueskyWithFacetsAndAltText() throws Exception {
        String channelId = given().auth().oauth2(KeycloakTokens.password(settings, "alice"))
                .contentType(ContentType.JSON).body(Map.of("network", "BLUESKY", "instanceUrl",
                        settings.simulatorUrl() + "/bluesky", "credentials",
                        Map.of("identifier", "alice.test", "appPassword", "e2e-app-password")))
                .when().post(SosmedService.SCHEDULE.baseUrl() + "/api/v1/workspaces/acme/channels")
                .then().statusCode(201).extract().path("id");
        String eddie = KeycloakTokens.password(settings, "eddie");
        String mediaId = given().auth().oauth2(eddie)
                .multiPart("file", "dashboard.png", png(), "image/png").multiPart("altText", "Our new dashboard")
                .when().post(SosmedService.CONTENT.baseUrl() + "/api/v1/workspaces/acme/media")
                .then().statusCode(201).extract().path("id");
        String text = "Our dashboard is live #launch https://sosmed.example/launch";
        String post = given().auth().oauth2(eddie).contentType(ContentType.JSON)
                .body(Map.of("title", "Bluesky launch", "variants", List.of(Map.of("channelId", channelId,
                        "text", text, "mediaIds", List.of(mediaId)))))
                .when().post(SosmedService.CONTENT.baseUrl() + "/api/v1/workspaces/acme/posts")
                .then().statusCode(201).extract().path("id");
        String postUrl = SosmedService.CONTENT.baseUrl() + "/api/v1/workspaces/acme/posts/" + post;
        await("content-service knows the new channel and finds the post valid").atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                        given().auth().oauth2(eddie).when().post(postUrl + "/validate")
                                .then().log().ifValidationFails().statusCode(200).body("valid", equalTo(true)));
        given().auth().oauth2(eddie).contentType(ContentType.JSON).body("{}")
                .when().post(postUrl + "/submit").then().log().ifValidationFails().statusCode(200);
        given().auth().oauth2(KeycloakTokens.password(settings, "avery")).contentType(ContentType.JSON).body("{}")
                .when().post(postUrl + "/approve").then().statusCode(200);

        String paula = KeycloakTokens.password(settings, "paula");
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().auth().oauth2(paula).contentType(ContentType.JSON)
                        .body(Map.of("postId", post, "mode", "NOW"))
                        .when().post(SosmedService.SCHEDULE.baseUrl() + "/api/v1/workspaces/acme/schedules")
                        .then().statusCode(201));
        String externalId = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() ->
                given().auth().oauth2(paula).queryParam("postId", post)
                        .when().get(SosmedService.SCHEDULE.baseUrl() + "/api/v1/workspaces/acme/publications")
                        .then().statusCode(200).extract().<String>path("find { it.status == 'PUBLISHED' }.externalId"),
                id -> id != null);

        String[] uri = externalId.replace("at://", "").split("/");
        io.restassured.path.json.JsonPath record = given()
                .queryParam("repo", uri[0]).queryParam("collection", uri[1]).queryParam("rkey", uri[2])
                .when().get(settings.simulatorUrl() + "/bluesky/xrpc/com.atproto.repo.getRecord")
                .then().statusCode(200).extract().jsonPath().setRootPath("value");
        int tagStart = text.indexOf("#launch");
        int linkStart = text.indexOf("https://");
        assertThat(record.getString("text")).isEqualTo(text);
        assertThat(facet(record, "app.bsky.richtext.facet#tag"))
                .containsEntry("byteStart", tagStart).containsEntry("byteEnd", tagStart + "#launch".length())
                .containsEntry("tag", "launch");
        assertThat(facet(record, "app.bsky.richtext.facet#link"))
                .containsEntry("byteStart", linkStart).containsEntry("byteEnd", text.length())
                .containsEntry("uri", "https://sosmed.example/launch");
        assertThat(record.getString("embed.$type")).isEqualTo("app.bsky.embed.images");
        assertThat(record.getList("embed.images.alt")).containsExactly("Our new dashboard");
    }

    @Test
    @Order(5)
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

    /** The facet with a feature of this type: its byte range and the feature's fields, in one map. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> facet(io.restassured.path.json.JsonPath record, String type) {
        List<Map<String, Object>> facets = record.getList("facets");
        for (Map<String, Object> facet : facets) {
            Map<String, Object> feature = ((List<Map<String, Object>>) facet.get("features")).get(0);
            if (type.equals(feature.get("$type"))) {
                Map<String, Object> flat = new java.util.HashMap<>(feature);
                flat.putAll(((Map<String, Object>) facet.get("index")));
                return flat;
            }
        }
        throw new AssertionError("No " + type + " facet in " + facets);
    }

    /** A small PNG (4x3 pixels) as an editor would upload it. */
    private static byte[] png() throws java.io.IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(4, 3,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x3366cc);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    private static String postUrl(SosmedService service, String workspace) {
        return service.baseUrl() + "/api/v1/workspaces/" + workspace + "/posts/" + postId;
    }
}
