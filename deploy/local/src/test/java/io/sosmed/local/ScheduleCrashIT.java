package io.sosmed.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.sosmed.testing.kafka.KafkaTestClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The check "killing schedule-service mid-publish and restarting it produces no duplicate and no lost post", on
 * the real stack: a burst of variants is publishing to the network simulator (200 ms per call) when schedule-service is
 * killed with SIGKILL; it is started again and, once the claims it left behind time out, every variant ends up
 * published exactly once without anyone's help: found on the network by lookup when the dead replica's call got
 * through, else published again with the same attempt id as Mastodon {@code Idempotency-Key} (so even a lookup that
 * missed it cannot make a second post). The simulator holds each variant's text exactly once.
 */
class ScheduleCrashIT {

    private static final int CHANNELS = 3;
    private static final int POSTS = 120;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The restarted replica settles the dead one's claims quickly so the test stays short. */
    private static final String FAST_RECOVERY = "-Dschedule.publishing.publish-timeout=PT10S"
            + " -Dschedule.publishing.lookup-interval=PT3S -Dschedule.publishing.max-lookups=2";

    private static StackSettings settings;
    private static LocalStack stack;

    @BeforeAll
    static void startStack() throws Exception {
        Path data = Files.createTempDirectory("sosmed-crash");
        settings = StackSettings.from(Map.of("SOSMED_DATA_DIR", data.toString(), "SOSMED_SIMULATOR_LATENCY_MS", "200",
                "SOSMED_SERVICE_JVM_OPTS", String.join(" ", StackSettings.SMALL_JVM) + " " + FAST_RECOVERY),
                StackSettings.locateRepository());
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
    void killingScheduleServiceMidPublishLosesNothingAndDoublesNothing() throws Exception {
        String alice = KeycloakTokens.password(settings, "alice");
        String paula = KeycloakTokens.password(settings, "paula");
        Map<String, String> tokenOfChannel = new LinkedHashMap<>();
        for (int i = 0; i < CHANNELS; i++) {
            String token = "crash-" + i + "-" + UUID.randomUUID();
            String channelId = given().auth().oauth2(alice).contentType(ContentType.JSON)
                    .body(Map.of("network", "MASTODON", "instanceUrl", settings.simulatorUrl() + "/mastodon",
                            "credentials", Map.of("accessToken", token)))
                    .post(schedule("/channels")).then().statusCode(201).extract().path("id");
            tokenOfChannel.put(channelId, token);
        }
        List<String> posts = createPosts(new ArrayList<>(tokenOfChannel.keySet()));
        for (String postId : posts) {
            await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(paula)
                    .get(schedule("/posts/" + postId)).statusCode() == 200);
        }

        // Everything becomes due at once: scheduled while the workspace is paused, then resumed with publishNow.
        given().auth().oauth2(paula).contentType(ContentType.JSON).body(Map.of("reason", "crash test"))
                .post(schedule("/pause")).then().statusCode(200);
        for (String postId : posts) {
            given().auth().oauth2(paula).contentType(ContentType.JSON).body(Map.of("postId", postId, "mode", "NOW"))
                    .post(schedule("/schedules")).then().statusCode(201);
        }
        given().auth().oauth2(paula).contentType(ContentType.JSON).body(Map.of("missed", "publishNow"))
                .post(schedule("/resume")).then().statusCode(200);

        int variants = CHANNELS * POSTS;
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                .until(() -> count("PUBLISHED") >= variants / 10);
        stack.kill(SosmedService.SCHEDULE);
        long publishedBeforeRestart = count("PUBLISHED");
        long leftInFlight = count("PUBLISHING");
        assertThat(publishedBeforeRestart).as("killed mid-burst, not after it").isLessThan(variants);
        assertThat(leftInFlight).as("the dead replica left claims in flight").isPositive();
        stack.restart(SosmedService.SCHEDULE);

        await("every variant published with no one's help").atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofSeconds(1)).until(() -> count("PUBLISHED") == variants);
        String publisher = KeycloakTokens.password(settings, "paula"); // a fresh token: the first may have expired

        Map<String, Map<String, String>> onNetwork = new HashMap<>();
        for (Map.Entry<String, String> channel : tokenOfChannel.entrySet()) {
            onNetwork.put(channel.getKey(), statusIdsByText(channel.getValue()));
        }
        for (String postId : posts) {
            JsonPath outcomes = given().auth().oauth2(publisher).queryParam("postId", postId).get(schedule("/publications"))
                    .then().statusCode(200).extract().jsonPath();
            assertThat(outcomes.getList("status")).as("post " + postId).hasSize(CHANNELS).containsOnly("PUBLISHED");
            for (int i = 0; i < CHANNELS; i++) {
                String channelId = outcomes.getString("[" + i + "].channelId");
                String text = textOf(postId, channelId);
                assertThat(onNetwork.get(channelId)).as("on the network once: " + text).containsKey(text);
                assertThat(outcomes.getString("[" + i + "].externalId")).isEqualTo(onNetwork.get(channelId).get(text));
            }
        }
        System.out.printf("Crash test: %d of %d published before the kill, %d claims left in flight, all published once"
                + " after the restart%n", publishedBeforeRestart, variants, leftInFlight);
    }

    private static List<String> createPosts(List<String> channels) {
        List<String> ids = new ArrayList<>();
        KafkaTestClient kafka = new KafkaTestClient(settings.kafkaBootstrapServers());
        for (int i = 0; i < POSTS; i++) {
            String postId = UUID.randomUUID().toString();
            ids.add(postId);
            String now = Instant.now().toString();
            ObjectNode data = JSON.createObjectNode().put("postId", postId).put("title", "Crash test post " + i)
                    .put("status", "DRAFT").put("authorId", "user-eddie").put("createdAt", now).put("updatedAt", now)
                    .put("version", 0).put("approvalRequired", false);
            ArrayNode variants = data.putArray("variants");
            for (String channel : channels) {
                variants.addObject().put("channelId", channel).put("text", textOf(postId, channel));
            }
            ObjectNode event = JSON.createObjectNode().put("specversion", "1.0").put("id", UUID.randomUUID().toString())
                    .put("source", "/sosmed/crash-test").put("type", "sosmed.post.created.v1").put("subject", postId)
                    .put("time", now).put("datacontenttype", "application/json")
                    .put("dataschema", "urn:sosmed:event-schema:sosmed.post.created.v1").put("workspaceid", "acme");
            event.set("data", data);
            kafka.sendCloudEvent("post-lifecycle", postId, event.toString());
        }
        return ids;
    }

    private static String textOf(String postId, String channelId) {
        return "Crash test " + postId + " on " + channelId;
    }

    /** The simulated account's own posts: text to status id; a text found twice fails the test (a duplicate). */
    private static Map<String, String> statusIdsByText(String token) {
        String accountId = given().auth().oauth2(token).get(settings.simulatorUrl() + "/mastodon/api/v1/accounts/verify_credentials")
                .then().statusCode(200).extract().path("id");
        List<Map<String, Object>> statuses = given().auth().oauth2(token)
                .get(settings.simulatorUrl() + "/mastodon/api/v1/accounts/" + accountId + "/statuses")
                .then().statusCode(200).extract().jsonPath().getList("$");
        Map<String, String> byText = new HashMap<>();
        for (Map<String, Object> status : statuses) {
            String text = status.get("content").toString().replace("<p>", "").replace("</p>", "");
            String previous = byText.put(text, status.get("id").toString());
            assertThat(previous).as("published twice: " + text).isNull();
        }
        return byText;
    }

    private static String schedule(String path) {
        return SosmedService.SCHEDULE.baseUrl() + "/api/v1/workspaces/acme" + path;
    }

    private static long count(String status) throws SQLException {
        try (Connection db = scheduleDatabase();
             var query = db.prepareStatement("select count(*) from publication where status = ?")) {
            query.setString(1, status);
            var rows = query.executeQuery();
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Connection scheduleDatabase() throws SQLException {
        LocalStack.DatabaseAccess access = stack.databaseAccess(SosmedService.SCHEDULE.database());
        return DriverManager.getConnection(access.jdbcUrl(), access.username(), access.password());
    }
}
