package io.sosmed.analytics.post;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The fields of {@code sosmed.post.created.v1} and {@code sosmed.post.updated.v1} that analytics-service reads. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PostSnapshot(UUID postId, String title, String status, long version, Instant createdAt, Instant updatedAt,
        List<Variant> variants) {

    /** The channel a variant targets. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Variant(String channelId) {
    }
}
