package io.sosmed.schedule.post;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What a post publishes on one channel, as content-service last described it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PostVariant(String channelId, String text, List<UUID> mediaIds, String firstComment, String link,
        Map<String, Object> options) {

    public PostVariant {
        mediaIds = mediaIds == null ? List.of() : List.copyOf(mediaIds);
        options = options == null ? Map.of() : options;
    }
}
