package io.sosmed.content.approval;

import java.time.Instant;
import java.util.UUID;

/** Data of {@code sosmed.post.rejected.v1}; {@code decision} is REJECTED or CHANGES_REQUESTED. */
public record PostRejected(UUID postId, long version, Decision decision, String reviewerId, String comment,
        Instant decidedAt) {
}
