package io.sosmed.content.approval;

import io.sosmed.content.post.PostStatus;
import java.util.List;
import java.util.UUID;

/** A post's latest approval round and a page of its approval history (newest first). */
public record ApprovalsView(UUID postId, PostStatus status, RoundView round, List<DecisionView> history,
        String nextCursor) {
}
