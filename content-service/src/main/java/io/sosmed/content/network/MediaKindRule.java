package io.sosmed.content.network;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Locale;

/**
 * What a network accepts for one kind of attachment: MIME types ({@code video/*} matches every video type), how
 * many per post, and the optional limits on bytes, duration, aspect ratio and pixel dimensions.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MediaKindRule(
        MediaKind kind,
        List<String> types,
        int maxCount,
        Long maxBytes,
        Double minDurationSeconds,
        Double maxDurationSeconds,
        AspectRatioRange aspectRatio,
        Integer minSidePixels,
        Integer maxSidePixels,
        Long maxPixels) {

    public MediaKindRule {
        types = List.copyOf(types);
    }

    public static MediaKindRule of(MediaKind kind, int maxCount, Long maxBytes, String... types) {
        return new MediaKindRule(kind, List.of(types), maxCount, maxBytes, null, null, null, null, null, null);
    }

    public MediaKindRule duration(Double minSeconds, Double maxSeconds) {
        return new MediaKindRule(kind, types, maxCount, maxBytes, minSeconds, maxSeconds, aspectRatio,
                minSidePixels, maxSidePixels, maxPixels);
    }

    public MediaKindRule aspectRatio(String min, String max) {
        return new MediaKindRule(kind, types, maxCount, maxBytes, minDurationSeconds, maxDurationSeconds,
                AspectRatioRange.between(min, max), minSidePixels, maxSidePixels, maxPixels);
    }

    public MediaKindRule sides(Integer minPixels, Integer maxPixels) {
        return new MediaKindRule(kind, types, maxCount, maxBytes, minDurationSeconds, maxDurationSeconds,
                aspectRatio, minPixels, maxPixels, this.maxPixels);
    }

    public MediaKindRule maxPixels(long pixels) {
        return new MediaKindRule(kind, types, maxCount, maxBytes, minDurationSeconds, maxDurationSeconds,
                aspectRatio, minSidePixels, maxSidePixels, pixels);
    }

    public boolean accepts(String mimeType) {
        String type = mimeType.toLowerCase(Locale.ROOT);
        return types.stream().anyMatch(accepted -> accepted.endsWith("/*")
                ? type.startsWith(accepted.substring(0, accepted.length() - 1))
                : accepted.equals(type));
    }
}
