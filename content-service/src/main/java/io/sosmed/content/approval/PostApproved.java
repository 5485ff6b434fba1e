package io.sosmed.content.approval;

import io.sosmed.content.post.Post;
import io.sosmed.content.post.PostSnapshot;
import io.sosmed.content.post.PostStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Data of {@code sosmed.post.approved.v1}: the approved post as schedule-service may publish it. */
public record PostApproved(UUID postId, String title, PostStatus status, String authorId, UUID campaignId,
        String pillar, List<String> tags, String onBehalfOf, Instant createdAt, Instant updatedAt, long version,
        List<PostSnapshot.Variant> variants, String approvedBy, Instant approvedAt, String comment,
        boolean approvalRequired) {

    static PostApproved of(Post post, String approvedBy, Instant approvedAt, String comment, boolean approvalRequired) {
        return new PostApproved(post.id, post.title, post.status, post.authorId, post.campaignId, post.pillar,
                List.copyOf(post.tags), post.onBehalfOf, post.createdAt, post.updatedAt, post.version,
                PostSnapshot.variantsOf(post), approvedBy, approvedAt, comment, approvalRequired);
    }
}
