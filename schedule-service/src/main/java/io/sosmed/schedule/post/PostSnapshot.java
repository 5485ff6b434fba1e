package io.sosmed.schedule.post;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The fields of {@code sosmed.post.created/updated/approved.v1} that schedule-service reads.
 *
 * @param approvalRequired whether the workspace approval policy applies; absent means it does not
 * @param pillar the content pillar key the post belongs to; null when it has none
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PostSnapshot(UUID postId, String title, String status, long version, Instant createdAt, Instant updatedAt,
        Boolean approvalRequired, String campaignId, String pillar, List<Variant> variants) {

    public PostSnapshot {
        variants = variants == null ? List.of() : variants;
    }

    /** What one variant publishes on its channel. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Variant(String channelId, String text, List<UUID> mediaIds, String firstComment, String link,
            Map<String, Object> options) {

        PostVariant toVariant() {
            return new PostVariant(channelId, text, mediaIds == null ? List.of() : mediaIds, firstComment, link,
                    options == null ? Map.of() : options);
        }
    }
}
