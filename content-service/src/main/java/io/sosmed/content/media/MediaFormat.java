package io.sosmed.content.media;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The file formats the media library accepts, identified by the media type detected from their content. */
public enum MediaFormat {
    PNG("image/png", MediaKind.IMAGE),
    JPEG("image/jpeg", MediaKind.IMAGE),
    GIF("image/gif", MediaKind.IMAGE),
    WEBP("image/webp", MediaKind.IMAGE),
    MP4("video/mp4", MediaKind.VIDEO),
    QUICKTIME("video/quicktime", MediaKind.VIDEO);

    private final String mediaType;
    private final MediaKind kind;

    MediaFormat(String mediaType, MediaKind kind) {
        this.mediaType = mediaType;
        this.kind = kind;
    }

    public String mediaType() {
        return mediaType;
    }

    public MediaKind kind() {
        return kind;
    }

    public static Optional<MediaFormat> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(mediaType)).findFirst();
    }

    /** Media types accepted where only images are (covers). */
    public static List<String> imageTypes() {
        return Arrays.stream(values()).filter(f -> f.kind == MediaKind.IMAGE).map(MediaFormat::mediaType).toList();
    }

    public static List<String> allTypes() {
        return Arrays.stream(values()).map(MediaFormat::mediaType).toList();
    }
}
