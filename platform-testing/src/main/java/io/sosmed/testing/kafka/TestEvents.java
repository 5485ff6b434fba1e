package io.sosmed.testing.kafka;

import java.time.Instant;
import java.util.UUID;

/** CloudEvents JSON exactly as producers put them on the wire, for consumer tests. */
public final class TestEvents {

    private TestEvents() {
    }

    /** A {@code sosmed.post.created.v1} event for one post with one variant per channel. */
    public static String postCreated(String eventId, String workspaceId, UUID postId, String title, String... channelIds) {
        StringBuilder variants = new StringBuilder();
        for (String channel : channelIds) {
            variants.append(variants.isEmpty() ? "" : ",").append("{\"channelId\":\"").append(channel).append("\"}");
        }
        String now = Instant.now().toString();
        return """
                {"specversion":"1.0","id":"%s","source":"/sosmed/content-service","type":"sosmed.post.created.v1",
                 "subject":"%s","time":"%s","datacontenttype":"application/json",
                 "dataschema":"urn:sosmed:event-schema:sosmed.post.created.v1","workspaceid":"%s",
                 "data":{"postId":"%s","title":"%s","status":"DRAFT","authorId":"user-eddie","createdAt":"%s",
                         "variants":[%s],"addedLaterField":{"consumers":"must ignore it"}}}
                """.formatted(eventId, postId, now, workspaceId, postId, title, now, variants);
    }
}
