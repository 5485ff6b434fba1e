package io.sosmed.analytics.post;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A post as analytics-service knows it. */
public record TrackedPostResponse(UUID postId, String workspaceId, String title, String status,
        List<String> channelIds, Instant createdAt, Instant receivedAt) {

    static TrackedPostResponse of(TrackedPost post) {
        return new TrackedPostResponse(post.postId, post.workspaceId, post.title, post.status,
                List.copyOf(post.channelIds), post.createdAt, post.receivedAt);
    }
}
