package io.sosmed.analytics.post;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.UUID;

/** The fields of {@code sosmed.post.deleted.v1} this service reads. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PostDeleted(UUID postId, Instant deletedAt) {
}
