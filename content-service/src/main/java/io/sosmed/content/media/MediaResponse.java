package io.sosmed.content.media;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A media item as the API shows it: what was detected from its bytes, and where to fetch them. */
public record MediaResponse(
        UUID id,
        MediaKind kind,
        @Schema(description = "Media type detected from the content", example = "image/png") String type,
        long sizeBytes,
        Integer width,
        Integer height,
        @Schema(description = "Videos only") Double durationSeconds,
        @Schema(description = "Videos only; frames per second") Double frameRate,
        @Schema(description = "Videos only; video codec", example = "H.264") String codec,
        @Schema(description = "Lower-case hex SHA-256 of the content") String sha256,
        String altText,
        @Schema(description = "The uploader's file name, for display") String fileName,
        String uploadedBy,
        Cover cover,
        List<Subtitles> subtitles,
        Instant createdAt,
        Instant updatedAt,
        Links links) {

    /** A video's custom thumbnail. */
    public record Cover(String type, long sizeBytes, Integer width, Integer height) {
    }

    /** A video's subtitles in one language. */
    public record Subtitles(String language, SubtitleFormat format, String type, long sizeBytes, int cueCount,
            Instant createdAt, String href) {

        static Subtitles of(String mediaPath, MediaSubtitle s) {
            return new Subtitles(s.language, s.format, s.format.mediaType(), s.sizeBytes, s.cueCount, s.createdAt,
                    mediaPath + "/subtitles/" + s.language);
        }
    }

    /** Where the item and its bytes are; {@code thumbnail} and {@code cover} are null when there is none. */
    public record Links(String self, String content, String thumbnail, String cover) {
    }

    static String path(String workspaceId, UUID id) {
        return "/api/v1/workspaces/" + workspaceId + "/media/" + id;
    }

    static MediaResponse of(Media media) {
        String self = path(media.workspaceId, media.id);
        Cover cover = media.hasCover()
                ? new Cover(media.cover.contentType, media.cover.sizeBytes, media.cover.width, media.cover.height)
                : null;
        return new MediaResponse(media.id, media.kind, media.contentType, media.sizeBytes, media.width, media.height,
                media.durationSeconds, media.frameRate, media.codec, media.sha256, media.altText, media.fileName,
                media.uploadedBy, cover,
                media.subtitles.stream().sorted(Comparator.comparing(s -> s.language))
                        .map(s -> Subtitles.of(self, s)).toList(),
                media.createdAt, media.updatedAt,
                new Links(self, self + "/content", media.thumbnailKey == null ? null : self + "/thumbnail",
                        media.hasCover() ? self + "/cover" : null));
    }
}
