package io.sosmed.community.post;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.UUID;

/** The fields of {@code sosmed.post.published.v1} this service reads. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PostPublished(UUID postId, String channelId, String network, String externalId, String url,
        Instant publishedAt) {
}
