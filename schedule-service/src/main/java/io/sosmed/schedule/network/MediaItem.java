package io.sosmed.schedule.network;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.UUID;

/**
 * One media file of a variant, in the variant's order. Connectors that upload bytes call {@link #open()}; networks that
 * fetch media themselves (Instagram, Threads) use {@link #publicUrl()}.
 *
 * @param publicUrl a URL the network can fetch without credentials, or {@code null} when none exists
 * @param content   opens the bytes (content-service's {@code GET .../media/{id}/content})
 */
public record MediaItem(
        UUID mediaId,
        String contentType,
        long sizeBytes,
        Integer width,
        Integer height,
        Double durationSeconds,
        String altText,
        URI publicUrl,
        Content content) {

    public boolean isVideo() {
        return contentType != null && contentType.startsWith("video/");
    }

    public boolean isImage() {
        return contentType != null && contentType.startsWith("image/");
    }

    public InputStream open() throws IOException {
        return content.open();
    }

    @FunctionalInterface
    public interface Content {

        InputStream open() throws IOException;
    }
}
