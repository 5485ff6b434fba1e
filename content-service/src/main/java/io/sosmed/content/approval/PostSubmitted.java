package io.sosmed.content.approval;

import java.time.Instant;
import java.util.UUID;

/** Data of {@code sosmed.post.submitted.v1}. */
public record PostSubmitted(UUID postId, long version, String submittedBy, Instant submittedAt, String comment, int steps) {
}
