package io.sosmed.content.post;

import java.time.Instant;
import java.util.UUID;

/** Data of {@code sosmed.post.deleted.v1}. */
public record PostDeleted(UUID postId, Instant deletedAt, String deletedBy, Instant restorableUntil) {
}
