package io.sosmed.testing.kafka;

import java.time.Instant;
import java.util.UUID;

/** CloudEvents JSON exactly as producers put them on the wire, for consumer tests. */
public final class TestEvents {

    private TestEvents() {
    }

    /** A {@code sosmed.post.created.v1} event for one post with one variant per channel. */
    public static String postCreated(String eventId, String workspaceId, UUID postId, String title, String... channelIds) {
        return snapshot("sosmed.post.created.v1", eventId, workspaceId, postId, title, "DRAFT", 0, channelIds);
    }

    /** A {@code sosmed.post.updated.v1} event carrying the post's new snapshot at {@code version}. */
    public static String postUpdated(String eventId, String workspaceId, UUID postId, String title, long version,
            String... channelIds) {
        return snapshot("sosmed.post.updated.v1", eventId, workspaceId, postId, title, "DRAFT", version, channelIds);
    }

    /** A {@code sosmed.post.deleted.v1} event. */
    public static String postDeleted(String eventId, String workspaceId, UUID postId) {
        String now = Instant.now().toString();
        return envelope("sosmed.post.deleted.v1", eventId, workspaceId, postId, """
                {"postId":"%s","deletedAt":"%s","deletedBy":"user-eddie","restorableUntil":"%s"}"""
                .formatted(postId, now, Instant.now().plusSeconds(30L * 24 * 3600)));
    }

    private static String snapshot(String type, String eventId, String workspaceId, UUID postId, String title,
            String status, long version, String... channelIds) {
        StringBuilder variants = new StringBuilder();
        for (String channel : channelIds) {
            variants.append(variants.isEmpty() ? "" : ",")
                    .append("{\"channelId\":\"").append(channel).append("\",\"text\":\"Hello\",\"mediaIds\":[]}");
        }
        String now = Instant.now().toString();
        return envelope(type, eventId, workspaceId, postId, """
                {"postId":"%s","title":"%s","status":"%s","previousStatus":"DRAFT","authorId":"user-eddie","tags":[],
                 "createdAt":"%s","updatedAt":"%s","version":%d,"variants":[%s],
                 "addedLaterField":{"consumers":"must ignore it"}}"""
                .formatted(postId, title, status, now, now, version, variants));
    }

    private static String envelope(String type, String eventId, String workspaceId, UUID postId, String data) {
        return """
                {"specversion":"1.0","id":"%s","source":"/sosmed/content-service","type":"%s",
                 "subject":"%s","time":"%s","datacontenttype":"application/json",
                 "dataschema":"urn:sosmed:event-schema:%s","workspaceid":"%s","data":%s}
                """.formatted(eventId, type, postId, Instant.now(), type, workspaceId, data);
    }
}
