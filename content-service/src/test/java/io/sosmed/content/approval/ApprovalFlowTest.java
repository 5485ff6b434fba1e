package io.sosmed.content.approval;

import static io.sosmed.content.approval.Reviews.PROBLEM_JSON;
import static io.sosmed.content.approval.Reviews.act;
import static io.sosmed.content.approval.Reviews.createPost;
import static io.sosmed.content.approval.Reviews.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.sosmed.content.channel.ChannelEvents;
import io.sosmed.platform.event.EventSchemas;
import io.sosmed.platform.event.Topics;
import io.sosmed.testing.KafkaTestResource;
import io.sosmed.testing.kafka.KafkaTestClient;
import io.sosmed.testing.oidc.DemoUser;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Submit, approve, reject and request changes with the demo users; the events they emit on the real broker. */
@QuarkusTest
class ApprovalFlowTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static String channel;

    @BeforeAll
    static void connectChannel() {
        channel = ChannelEvents.connectAndAwait("acme", "X", null);
    }

    @Test
    void eddieSubmitsEddieCannotApproveAveryApproves() throws Exception {
        KafkaTestClient kafka = new KafkaTestClient(KafkaTestResource.bootstrapServers());
        try (KafkaTestClient.TopicReader reader = kafka.read(Topics.POST_LIFECYCLE)) {
            String postId = createPost(channel, "Launch day is here", null);
            act(DemoUser.EDDIE, postId, "submit", "{\"comment\":\"Ready for review\"}")
                    .statusCode(200)
                    .body("status", equalTo("IN_REVIEW"))
                    .body("round.status", equalTo("OPEN"))
                    .body("round.steps", hasSize(1))
                    .body("round.steps[0].role", equalTo("APPROVER"))
                    .body("round.steps[0].state", equalTo("WAITING"));

            act(DemoUser.EDDIE, postId, "approve", null).statusCode(403).contentType(PROBLEM_JSON)
                    .body("type", equalTo("https://sosmed.io/problems/own-post"));
            act(DemoUser.VERA, postId, "approve", null).statusCode(403)
                    .body("type", equalTo("https://sosmed.io/problems/not-step-approver"));
            act(DemoUser.AVERY, postId, "approve", "{\"step\":1}").statusCode(403)
                    .body("type", equalTo("https://sosmed.io/problems/wrong-step"));
            act(DemoUser.OSCAR, postId, "approve", null).statusCode(404);
            post(DemoUser.VERA, postId).body("status", equalTo("IN_REVIEW"));

            act(DemoUser.AVERY, postId, "approve", "{\"step\":0,\"comment\":\"Looks great\"}")
                    .statusCode(200)
                    .body("status", equalTo("APPROVED"))
                    .body("round.status", equalTo("APPROVED"))
                    .body("round.steps[0].state", equalTo("APPROVED"))
                    .body("history.decision", contains("APPROVED", "SUBMITTED"))
                    .body("history.actorId", contains(DemoUser.AVERY.subject(), DemoUser.EDDIE.subject()))
                    .body("history[0].stepName", equalTo("Approval"))
                    .body("history[0].comment", equalTo("Looks great"));
            post(DemoUser.VERA, postId).body("status", equalTo("APPROVED"));
            act(DemoUser.AVERY, postId, "approve", null).statusCode(409);

            Map<String, JsonNode> events = awaitEvents(reader, postId, "sosmed.post.created.v1",
                    "sosmed.post.submitted.v1", "sosmed.post.approved.v1");
            events.values().forEach(event -> assertThat(EventSchemas.violations(event)).isEmpty());
            assertThat(events.get("sosmed.post.created.v1").at("/data/approvalRequired").asBoolean()).isTrue();
            JsonNode submitted = events.get("sosmed.post.submitted.v1").path("data");
            assertThat(submitted.path("submittedBy").asText()).isEqualTo(DemoUser.EDDIE.subject());
            assertThat(submitted.path("steps").asInt()).isEqualTo(1);
            assertThat(submitted.path("comment").asText()).isEqualTo("Ready for review");
            JsonNode approved = events.get("sosmed.post.approved.v1").path("data");
            assertThat(approved.path("status").asText()).isEqualTo("APPROVED");
            assertThat(approved.path("approvedBy").asText()).isEqualTo(DemoUser.AVERY.subject());
            assertThat(approved.path("approvalRequired").asBoolean()).isTrue();
            assertThat(approved.at("/variants/0/channelId").asText()).isEqualTo(channel);
            assertThat(approved.at("/variants/0/text").asText()).isEqualTo("Launch day is here");
        }
    }

    @Test
    void editAfterApprovalReturnsToDraftAndCancelsTheRound() throws Exception {
        String postId = createPost(channel, "Approved then edited", null);
        act(DemoUser.EDDIE, postId, "submit", null).statusCode(200);
        act(DemoUser.AVERY, postId, "approve", null).statusCode(200).body("status", equalTo("APPROVED"));
        String etag = post(DemoUser.EDDIE, postId).extract().header("ETag");

        KafkaTestClient kafka = new KafkaTestClient(KafkaTestResource.bootstrapServers());
        try (KafkaTestClient.TopicReader reader = kafka.read(Topics.POST_LIFECYCLE)) {
            io.restassured.RestAssured.given().auth().oauth2(DemoUser.EDDIE.token())
                    .contentType("application/merge-patch+json").header("If-Match", etag)
                    .body("{\"title\":\"Edited after approval\"}")
                    .when().patch(Reviews.ACME + "/posts/" + postId)
                    .then().statusCode(200).body("status", equalTo("DRAFT"));
            JsonNode updated = awaitEvents(reader, postId, "sosmed.post.updated.v1").get("sosmed.post.updated.v1");
            assertThat(EventSchemas.violations(updated)).isEmpty();
            assertThat(updated.at("/data/previousStatus").asText()).isEqualTo("APPROVED");
            assertThat(updated.at("/data/status").asText()).isEqualTo("DRAFT");
            assertThat(updated.at("/data/approvalRequired").asBoolean()).isTrue();
        }
        io.restassured.RestAssured.given().auth().oauth2(DemoUser.VERA.token())
                .when().get(Reviews.ACME + "/posts/" + postId + "/approvals")
                .then().statusCode(200)
                .body("round.status", equalTo("CANCELLED"))
                .body("history[0].decision", equalTo("CANCELLED"))
                .body("history[0].comment", equalTo("Post edited"));
        act(DemoUser.EDDIE, postId, "submit", null).statusCode(200).body("status", equalTo("IN_REVIEW"));
    }

    @Test
    void bannedWordBlocksSubmitWithItsPosition() {
        String word = Reviews.uniqueWord("banned");
        String rule = Reviews.guardrail("BANNED_TERM", "ERROR", word);
        try {
            String text = "We love " + word + " deals";
            String postId = createPost(channel, text, null);
            act(DemoUser.EDDIE, postId, "submit", null)
                    .statusCode(422).contentType(PROBLEM_JSON)
                    .body("type", equalTo("https://sosmed.io/problems/post-invalid"))
                    .body("report.valid", equalTo(false))
                    .body("report.variants[0].violations.code", hasItem("BANNED_TERM"))
                    .body("report.variants[0].violations.find { it.code == 'BANNED_TERM' }.range.start", equalTo(8))
                    .body("report.variants[0].violations.find { it.code == 'BANNED_TERM' }.range.end",
                            equalTo(8 + word.length()))
                    .body("errors.field", hasItem("variants[0].text"));
            post(DemoUser.EDDIE, postId).body("status", equalTo("DRAFT"));
        } finally {
            Reviews.deleteGuardrail(rule);
        }
    }

    @Test
    void onlyDraftsAndPostsWithRequestedChangesCanBeSubmitted() {
        String postId = createPost(channel, "Submit twice", null);
        act(DemoUser.VERA, postId, "submit", null).statusCode(403);
        act(DemoUser.EDDIE, postId, "submit", null).statusCode(200);
        act(DemoUser.EDDIE, postId, "submit", null).statusCode(409).contentType(PROBLEM_JSON)
                .body("type", equalTo("https://sosmed.io/problems/post-not-submittable"));
    }

    @Test
    void onBehalfOfNeedsThatPersonsApproval() {
        String postId = createPost(channel, "A word from our analyst", DemoUser.NINA.subject());
        act(DemoUser.EDDIE, postId, "submit", null).statusCode(200)
                .body("round.steps", hasSize(2))
                .body("round.steps[1].reason", equalTo("ON_BEHALF_OF"))
                .body("round.steps[1].users", contains(DemoUser.NINA.subject()));
        act(DemoUser.NINA, postId, "approve", null).statusCode(403)
                .body("type", equalTo("https://sosmed.io/problems/not-step-approver"));
        act(DemoUser.AVERY, postId, "approve", null).statusCode(200).body("status", equalTo("IN_REVIEW"))
                .body("round.currentStep", equalTo(1));
        act(DemoUser.AVERY, postId, "approve", null).statusCode(403);
        act(DemoUser.ALICE, postId, "approve", null).statusCode(403);
        act(DemoUser.NINA, postId, "approve", "{\"comment\":\"Sounds like me\"}").statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("history[0].actorId", equalTo(DemoUser.NINA.subject()));
    }

    @Test
    void multiStepPolicyWithSensitiveTopicAddsAnApproverStep() {
        String topic = Reviews.uniqueWord("topic");
        String rule = Reviews.guardrail("SENSITIVE_TOPIC", "WARNING", topic);
        Reviews.putPolicy("""
                {"mode":"MULTI_STEP","steps":[{"name":"Brand","role":"APPROVER"},{"name":"Legal","users":["%s"]}]}"""
                .formatted(DemoUser.ALICE.subject()));
        try {
            String postId = createPost(channel, "Our position on " + topic, null);
            act(DemoUser.EDDIE, postId, "submit", null).statusCode(200)
                    .body("round.steps.name", contains("Brand", "Legal", "Sensitive topics"))
                    .body("round.steps.reason", contains("POLICY", "POLICY", "SENSITIVE_TOPIC"));
            act(DemoUser.AVERY, postId, "approve", "{\"step\":0}").statusCode(200);
            act(DemoUser.AVERY, postId, "approve", "{\"step\":1}").statusCode(403);
            act(DemoUser.ALICE, postId, "approve", "{\"step\":1}").statusCode(200).body("status", equalTo("IN_REVIEW"));
            act(DemoUser.AVERY, postId, "approve", "{\"step\":2}").statusCode(200)
                    .body("status", equalTo("APPROVED"))
                    .body("round.steps.state", contains("APPROVED", "APPROVED", "APPROVED"));
        } finally {
            Reviews.restoreDefaultPolicy();
            Reviews.deleteGuardrail(rule);
        }
    }

    @Test
    void withPolicyNoneSubmitApprovesAtOnce() throws Exception {
        Reviews.putPolicy("{\"mode\":\"NONE\"}");
        KafkaTestClient kafka = new KafkaTestClient(KafkaTestResource.bootstrapServers());
        try (KafkaTestClient.TopicReader reader = kafka.read(Topics.POST_LIFECYCLE)) {
            String postId = createPost(channel, "No review needed", null);
            act(DemoUser.EDDIE, postId, "submit", null).statusCode(200)
                    .body("status", equalTo("APPROVED"))
                    .body("round.steps", hasSize(0));
            Map<String, JsonNode> events = awaitEvents(reader, postId, "sosmed.post.created.v1",
                    "sosmed.post.submitted.v1", "sosmed.post.approved.v1");
            events.values().forEach(event -> assertThat(EventSchemas.violations(event)).isEmpty());
            assertThat(events.get("sosmed.post.created.v1").at("/data/approvalRequired").asBoolean()).isFalse();
            assertThat(events.get("sosmed.post.submitted.v1").at("/data/steps").asInt()).isZero();
            assertThat(events.get("sosmed.post.approved.v1").at("/data/approvalRequired").asBoolean()).isFalse();
            assertThat(events.get("sosmed.post.approved.v1").at("/data/approvedBy").asText())
                    .isEqualTo(DemoUser.EDDIE.subject());
        } finally {
            Reviews.restoreDefaultPolicy();
        }
    }

    @Test
    void rejectReturnsToDraftAndRequestChangesAllowsResubmission() throws Exception {
        KafkaTestClient kafka = new KafkaTestClient(KafkaTestResource.bootstrapServers());
        try (KafkaTestClient.TopicReader reader = kafka.read(Topics.POST_LIFECYCLE)) {
            String rejected = createPost(channel, "Off brand", null);
            act(DemoUser.EDDIE, rejected, "submit", null).statusCode(200);
            act(DemoUser.EDDIE, rejected, "reject", null).statusCode(403);
            act(DemoUser.AVERY, rejected, "reject", "{\"comment\":\"Off brand\"}").statusCode(200)
                    .body("status", equalTo("DRAFT"))
                    .body("round.status", equalTo("REJECTED"))
                    .body("history[0].decision", equalTo("REJECTED"));

            String changes = createPost(channel, "Almost there", null);
            act(DemoUser.EDDIE, changes, "submit", null).statusCode(200);
            act(DemoUser.AVERY, changes, "request-changes", "{\"comment\":\"Shorter please\"}").statusCode(200)
                    .body("status", equalTo("CHANGES_REQUESTED"));
            act(DemoUser.AVERY, changes, "approve", null).statusCode(409);
            act(DemoUser.EDDIE, changes, "submit", null).statusCode(200).body("status", equalTo("IN_REVIEW"));

            JsonNode reject = awaitEvents(reader, rejected, "sosmed.post.rejected.v1").get("sosmed.post.rejected.v1");
            JsonNode change = awaitEvents(reader, changes, "sosmed.post.rejected.v1").get("sosmed.post.rejected.v1");
            assertThat(EventSchemas.violations(reject)).isEmpty();
            assertThat(EventSchemas.violations(change)).isEmpty();
            assertThat(reject.at("/data/decision").asText()).isEqualTo("REJECTED");
            assertThat(reject.at("/data/reviewerId").asText()).isEqualTo(DemoUser.AVERY.subject());
            assertThat(reject.at("/data/comment").asText()).isEqualTo("Off brand");
            assertThat(change.at("/data/decision").asText()).isEqualTo("CHANGES_REQUESTED");
        }
    }

    @Test
    void policyIsSetByAdminsOnlyAndMustBeConsistent() {
        io.restassured.RestAssured.given().auth().oauth2(DemoUser.EDDIE.token()).contentType(ContentType.JSON)
                .body("{\"mode\":\"NONE\"}").when().put(Reviews.ACME + "/approval-policy").then().statusCode(403);
        io.restassured.RestAssured.given().auth().oauth2(DemoUser.ALICE.token()).contentType(ContentType.JSON)
                .body("""
                        {"mode":"SINGLE","steps":[{"name":"A","role":"APPROVER","users":["user-alice"]},{"name":"B","role":"VIEWER"}]}""")
                .when().put(Reviews.ACME + "/approval-policy")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", org.hamcrest.Matchers.hasItems("steps", "steps[0]", "steps[1].role"));
        io.restassured.RestAssured.given().auth().oauth2(DemoUser.VERA.token())
                .when().get(Reviews.ACME + "/approval-policy")
                .then().statusCode(200).body("mode", equalTo("SINGLE")).body("steps[0].role", equalTo("APPROVER"));
    }

    private static Map<String, JsonNode> awaitEvents(KafkaTestClient.TopicReader reader, String postId, String... types) {
        List<String> wanted = List.of(types);
        return await().atMost(Duration.ofSeconds(30)).until(() -> reader.poll().stream()
                        .filter(record -> postId.equals(record.key()))
                        .map(record -> readTree(record.value()))
                        .filter(event -> wanted.contains(event.path("type").asText()))
                        .collect(Collectors.toMap(event -> event.path("type").asText(), event -> event,
                                (first, later) -> later)),
                found -> found.keySet().containsAll(wanted));
    }

    private static JsonNode readTree(String value) {
        try {
            return JSON.readTree(value);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
