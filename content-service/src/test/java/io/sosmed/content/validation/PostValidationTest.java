package io.sosmed.content.validation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.sosmed.content.channel.ChannelEvents;
import io.sosmed.testing.oidc.DemoUser;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** POST /posts/{id}/validate: network rules by the channel's network, the channel's own limits, brand guardrails. */
@QuarkusTest
class PostValidationTest {

    private static final String ACME = "/api/v1/workspaces/acme";

    @Test
    void eachVariantIsCheckedByItsChannelsNetworkAndOwnLimits() {
        String x = ChannelEvents.connectAndAwait("acme", "X", null);
        String mastodon = ChannelEvents.connectAndAwait("acme", "MASTODON", 600);
        String unknown = "gone-" + UUID.randomUUID();
        String postId = createPost("""
                {"title":"Limits","variants":[{"channelId":"%s","text":"%s"},{"channelId":"%s","text":"%s"},
                 {"channelId":"%s","text":"Hello"}]}""".formatted(x, "a".repeat(281), mastodon, "b".repeat(550), unknown));

        JsonPath report = validate(postId, DemoUser.VERA);
        assertThat(report.getBoolean("valid")).isFalse();
        assertThat(report.getString("postId")).isEqualTo(postId);
        assertThat(report.getString("variants[0].network")).isEqualTo("X");
        assertThat(report.getBoolean("variants[0].valid")).isFalse();
        assertThat(report.getList("variants[0].violations.code")).contains("TEXT_TOO_LONG");
        assertThat(report.getInt("variants[0].violations.find { it.code == 'TEXT_TOO_LONG' }.limit")).isEqualTo(280);
        assertThat(report.getString("variants[1].network")).isEqualTo("MASTODON");
        assertThat(report.getBoolean("variants[1].valid")).isTrue();
        assertThat(report.getList("variants[1].violations")).isEmpty();
        assertThat(report.getString("variants[2].network")).isNull();
        assertThat(report.getList("variants[2].violations.code")).containsExactly("CHANNEL_UNKNOWN");
        assertThat(report.getString("variants[2].violations[0].field")).isEqualTo("channelId");

        String tooLongForInstance = createPost("""
                {"title":"Instance limit","variants":[{"channelId":"%s","text":"%s"}]}""".formatted(mastodon, "c".repeat(601)));
        JsonPath instance = validate(tooLongForInstance, DemoUser.EDDIE);
        assertThat(instance.getInt("variants[0].violations.find { it.code == 'TEXT_TOO_LONG' }.limit")).isEqualTo(600);
    }

    @Test
    void guardrailErrorsBlockWithTheirRangeAndWarningsDoNot() {
        String x = ChannelEvents.connectAndAwait("acme", "X", null);
        String banned = "blorptastic" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
        String topic = "sensitivetopic" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
        String bannedRule = createGuardrail("BANNED_TERM", "ERROR", banned);
        String topicRule = createGuardrail("SENSITIVE_TOPIC", "WARNING", topic);
        try {
            String text = "So " + banned.toUpperCase() + "!";
            String blocked = createPost("""
                    {"title":"Banned","variants":[{"channelId":"%s","text":"%s"}]}""".formatted(x, text));
            JsonPath report = validate(blocked, DemoUser.EDDIE);
            assertThat(report.getBoolean("valid")).isFalse();
            Map<String, Object> violation = report.getMap("variants[0].violations.find { it.code == 'BANNED_TERM' }");
            assertThat(violation).containsEntry("severity", "ERROR").containsEntry("field", "text");
            assertThat(violation.get("range")).isEqualTo(Map.of("start", 3, "end", 3 + banned.length()));

            String warned = createPost("""
                    {"title":"Sensitive","variants":[{"channelId":"%s","text":"About %s today"}]}""".formatted(x, topic));
            JsonPath warning = validate(warned, DemoUser.EDDIE);
            assertThat(warning.getBoolean("valid")).isTrue();
            assertThat(warning.getList("variants[0].violations.code")).containsExactly("SENSITIVE_TOPIC");
            assertThat(warning.getList("variants[0].sensitiveTopics")).isEqualTo(List.of(topic));
        } finally {
            deleteGuardrail(bannedRule);
            deleteGuardrail(topicRule);
        }
    }

    @Test
    void channelHealthIsReported() {
        String reconnect = ChannelEvents.connectAndAwait("acme", "THREADS", null);
        String gone = ChannelEvents.connectAndAwait("acme", "FACEBOOK", null);
        Instant later = Instant.now().plusSeconds(1);
        ChannelEvents.send(reconnect, ChannelEvents.updated(UUID.randomUUID().toString(), "acme", reconnect, "THREADS",
                "@brand", "NEEDS_RECONNECT", null, later));
        ChannelEvents.send(gone, ChannelEvents.disconnected(UUID.randomUUID().toString(), "acme", gone, "FACEBOOK",
                "@brand", later));
        String postId = createPost("""
                {"title":"Health","variants":[{"channelId":"%s","text":"Hi"},{"channelId":"%s","text":"Hi"}]}"""
                .formatted(reconnect, gone));

        JsonPath report = await().atMost(Duration.ofSeconds(30)).until(() -> validate(postId, DemoUser.EDDIE),
                found -> found.getList("variants[1].violations.code").contains("CHANNEL_DISCONNECTED")
                        && found.getList("variants[0].violations.code").contains("CHANNEL_NEEDS_RECONNECT"));
        assertThat(report.getBoolean("variants[0].valid")).isTrue();
        assertThat(report.getString("variants[0].violations[0].severity")).isEqualTo("WARNING");
        assertThat(report.getBoolean("variants[1].valid")).isFalse();
        assertThat(report.getBoolean("valid")).isFalse();
    }

    @Test
    void otherWorkspacesSeeNothing() {
        String postId = createPost("""
                {"title":"Private","variants":[{"channelId":"x-main","text":"Hello"}]}""");
        given().auth().oauth2(DemoUser.OSCAR.token()).when().post(ACME + "/posts/" + postId + "/validate")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(DemoUser.OSCAR.token()).when().post("/api/v1/workspaces/globex/posts/" + postId + "/validate")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(DemoUser.EDDIE.token()).when().get(ACME + "/posts/" + postId)
                .then().statusCode(200).body("title", equalTo("Private"));
        given().auth().oauth2(DemoUser.EDDIE.token()).when().post(ACME + "/posts/" + postId + "/validate")
                .then().statusCode(200).body("variants[0].violations.code", hasItem("CHANNEL_UNKNOWN"))
                .body("variants[0].violations.code", not(hasItem("TEXT_TOO_LONG")));
    }

    static JsonPath validate(String postId, DemoUser user) {
        return given().auth().oauth2(user.token()).when().post(ACME + "/posts/" + postId + "/validate")
                .then().statusCode(200).extract().jsonPath();
    }

    static String createPost(String body) {
        return given().auth().oauth2(DemoUser.EDDIE.token()).contentType(ContentType.JSON).body(body)
                .when().post(ACME + "/posts").then().statusCode(201).extract().path("id");
    }

    static String createGuardrail(String kind, String severity, String term) {
        return given().auth().oauth2(DemoUser.ALICE.token()).contentType(ContentType.JSON)
                .body("""
                        {"name":"Test %s","kind":"%s","severity":"%s","terms":["%s"]}""".formatted(kind, kind, severity, term))
                .when().post(ACME + "/guardrails").then().statusCode(201).extract().path("id");
    }

    static void deleteGuardrail(String id) {
        given().auth().oauth2(DemoUser.ALICE.token()).when().delete(ACME + "/guardrails/" + id).then().statusCode(204);
    }
}
