package io.sosmed.content.media;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * Names the media type of a file from its bytes (magic numbers), never from its name or the type the client
 * claimed, so a text file called {@code photo.png} is {@code text/plain}.
 */
@ApplicationScoped
public class MediaTypeDetector {

    private static final int FTYP_HEADER = 12;

    private final MimeTypes magic = MimeTypes.getDefaultMimeTypes();

    /** The detected media type without parameters, e.g. {@code image/png}; {@code application/octet-stream} if unknown. */
    public String detect(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            MediaType type = magic.detect(in, new Metadata());
            return refineIsoMedia(type.getBaseType().toString(), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Tika's core magic calls every ISO base media file {@code video/quicktime}; the {@code ftyp} major brand tells
     * MP4 ({@code isom}, {@code mp42}, ...) from QuickTime ({@code qt  }), audio-only M4A and 3GPP apart.
     */
    private static String refineIsoMedia(String detected, Path file) throws IOException {
        if (!detected.equals("video/quicktime") && !detected.equals("video/mp4")) {
            return detected;
        }
        byte[] header = new byte[FTYP_HEADER];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(header, 0, FTYP_HEADER) < FTYP_HEADER) {
                return detected;
            }
        }
        if (!"ftyp".equals(new String(header, 4, 4, StandardCharsets.ISO_8859_1))) {
            return detected;
        }
        String brand = new String(header, 8, 4, StandardCharsets.ISO_8859_1);
        if (brand.equals("qt  ")) {
            return "video/quicktime";
        }
        if (brand.startsWith("M4A") || brand.startsWith("M4B") || brand.startsWith("M4P")) {
            return "audio/mp4";
        }
        if (brand.startsWith("3g")) {
            return "video/3gpp";
        }
        if (brand.startsWith("hei") || brand.startsWith("hev") || brand.equals("mif1") || brand.equals("msf1")
                || brand.startsWith("avi")) {
            return brand.startsWith("avi") ? "image/avif" : "image/heic";
        }
        return "video/mp4";
    }
}
