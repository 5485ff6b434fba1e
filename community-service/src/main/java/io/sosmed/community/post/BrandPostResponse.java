package io.sosmed.community.post;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A post as community-service knows it. */
public record BrandPostResponse(UUID postId, String workspaceId, String title, String status,
        List<String> channelIds, Instant createdAt, Instant receivedAt) {

    static BrandPostResponse of(BrandPost post) {
        return new BrandPostResponse(post.postId, post.workspaceId, post.title, post.status,
                List.copyOf(post.channelIds), post.createdAt, post.receivedAt);
    }
}
