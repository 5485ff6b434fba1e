package io.sosmed.analytics.post;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The fields of {@code sosmed.post.created.v1} and {@code sosmed.post.updated.v1} that analytics-service reads. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PostSnapshot(UUID postId, String title, String status, long version, Instant createdAt, Instant updatedAt,
        String campaignId, String pillar, List<String> tags, List<Variant> variants) {

    /** A variant's channel and the content features insights look at. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Variant(String channelId, String text, List<String> mediaIds, String link, Map<String, Object> options) {

        /**
         * VIDEO, IMAGE, CAROUSEL or TEXT: the {@code mediaType} or {@code postType} option when the author set one,
         * otherwise from the number of media.
         */
        public String mediaType() {
            Object declared = options == null ? null : options.getOrDefault("mediaType", options.get("postType"));
            if (declared != null) {
                String type = declared.toString().toUpperCase(java.util.Locale.ROOT);
                if (type.startsWith("REEL") || type.contains("VIDEO") || type.equals("SHORT")) {
                    return "VIDEO";
                }
                if (type.contains("CAROUSEL")) {
                    return "CAROUSEL";
                }
                if (type.contains("IMAGE") || type.contains("PHOTO")) {
                    return "IMAGE";
                }
            }
            int media = mediaCount();
            return media == 0 ? "TEXT" : media == 1 ? "IMAGE" : "CAROUSEL";
        }

        public int mediaCount() {
            return mediaIds == null ? 0 : mediaIds.size();
        }
    }
}
