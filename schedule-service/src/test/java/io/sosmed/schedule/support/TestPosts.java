package io.sosmed.schedule.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.sosmed.platform.event.Topics;
import io.sosmed.testing.KafkaTestResource;
import io.sosmed.testing.kafka.KafkaTestClient;
import io.sosmed.testing.oidc.DemoUser;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Posts as content-service announces them on {@code post-lifecycle}, and a wait until schedule-service has them. */
public final class TestPosts {

    private TestPosts() {
    }

    /** A post whose workspace approval policy applies, in the given status, with one variant per channel. */
    public static UUID post(String workspaceId, String status, boolean approvalRequired, String... channelIds) {
        UUID postId = UUID.randomUUID();
        send("sosmed.post.updated.v1", workspaceId, postId, status, approvalRequired, 1, "Hello", channelIds);
        awaitStatus(workspaceId, postId, status, 1);
        return postId;
    }

    /** An approved post, ready to schedule. */
    public static UUID approved(String workspaceId, String... channelIds) {
        return post(workspaceId, "APPROVED", true, channelIds);
    }

    /** An approved post whose variants carry a first comment (posted as a reply or comment right after the post). */
    public static UUID approvedWithFirstComment(String workspaceId, String firstComment, String... channelIds) {
        UUID postId = UUID.randomUUID();
        send("sosmed.post.updated.v1", workspaceId, postId, "APPROVED", true, 1, "Hello", firstComment, channelIds);
        awaitStatus(workspaceId, postId, "APPROVED", 1);
        return postId;
    }

    /** A new version of the post with different text on every variant: an edit. */
    public static void edit(String workspaceId, UUID postId, long version, String... channelIds) {
        send("sosmed.post.updated.v1", workspaceId, postId, "APPROVED", true, version, "Edited " + version, channelIds);
        awaitStatus(workspaceId, postId, "APPROVED", version);
    }

    public static void delete(String workspaceId, UUID postId) {
        String data = """
                {"postId":"%s","deletedAt":"%s","deletedBy":"user-eddie"}""".formatted(postId, Instant.now());
        kafka().sendCloudEvent(Topics.POST_LIFECYCLE, postId.toString(), envelope("sosmed.post.deleted.v1", workspaceId, postId, data));
        awaitStatus(workspaceId, postId, "DELETED", -1);
    }

    public static void send(String type, String workspaceId, UUID postId, String status, boolean approvalRequired,
            long version, String text, String... channelIds) {
        send(type, workspaceId, postId, status, approvalRequired, version, text, null, channelIds);
    }

    private static void send(String type, String workspaceId, UUID postId, String status, boolean approvalRequired,
            long version, String text, String firstComment, String... channelIds) {
        String comment = firstComment == null ? "null" : "\"" + firstComment + "\"";
        String variants = Stream.of(channelIds).map(c -> """
                {"channelId":"%s","text":"%s on %s","mediaIds":[],"firstComment":%s,"link":"https://example.com/launch"}"""
                .formatted(c, text, c, comment)).collect(Collectors.joining(","));
        String now = Instant.now().toString();
        String data = """
                {"postId":"%s","title":"Launch","status":"%s","authorId":"user-eddie","tags":[],"createdAt":"%s",
                 "updatedAt":"%s","version":%d,"variants":[%s],"approvalRequired":%s,"approvedBy":"user-avery","approvedAt":"%s"}"""
                .formatted(postId, status, now, now, version, variants, approvalRequired, now);
        kafka().sendCloudEvent(Topics.POST_LIFECYCLE, postId.toString(), envelope(type, workspaceId, postId, data));
    }

    private static String envelope(String type, String workspaceId, UUID postId, String data) {
        return """
                {"specversion":"1.0","id":"%s","source":"/sosmed/content-service","type":"%s","subject":"%s","time":"%s",
                 "datacontenttype":"application/json","dataschema":"urn:sosmed:event-schema:%s","workspaceid":"%s","data":%s}"""
                .formatted(UUID.randomUUID(), type, postId, Instant.now(), type, workspaceId, data);
    }

    private static void awaitStatus(String workspaceId, UUID postId, String status, long version) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var response = given().auth().oauth2(("globex".equals(workspaceId) ? DemoUser.OSCAR : DemoUser.ALICE).token())
                    .get("/api/v1/workspaces/" + workspaceId + "/posts/" + postId);
            return response.statusCode() == 200 && status.equals(response.path("status"))
                    && (version < 0 || ((Number) response.path("version")).longValue() == version);
        });
    }

    private static KafkaTestClient kafka() {
        return new KafkaTestClient(KafkaTestResource.bootstrapServers());
    }
}
