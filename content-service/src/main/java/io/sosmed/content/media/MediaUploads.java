package io.sosmed.content.media;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Accepts uploaded files into the library: checks size, detects the real type, reads metadata, hashes, stores the
 * bytes and thumbnail, then records the item. File work runs outside database transactions; bytes are stored before
 * the record that points at them is committed, so a record never points at a missing file.
 */
@ApplicationScoped
public class MediaUploads {

    /** The item an upload resolved to, and whether the upload created it or found the same bytes already there. */
    public record Outcome(Media media, boolean created) {
    }

    /** Subtitles as stored, and whether they were the first in their language. */
    public record SubtitlesOutcome(MediaSubtitle subtitles, boolean created) {
    }

    public static final int MAX_ALT_TEXT = 1500;
    private static final int MAX_FILE_NAME = 255;
    private static final String UNIQUE_CONTENT = "media_workspace_sha256";
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

    private final MediaService media;
    private final MediaStorage storage;
    private final MediaTypeDetector detector;
    private final MediaMetadataReader metadataReader;
    private final ThumbnailRenderer thumbnails;
    private final long maxUploadBytes;
    private final long maxSubtitleBytes;

    public MediaUploads(MediaService media, MediaStorage storage, MediaTypeDetector detector,
            MediaMetadataReader metadataReader, ThumbnailRenderer thumbnails, MediaConfig config) {
        this.media = media;
        this.storage = storage;
        this.detector = detector;
        this.metadataReader = metadataReader;
        this.thumbnails = thumbnails;
        this.maxUploadBytes = config.maxUploadSize().asLongValue();
        this.maxSubtitleBytes = config.maxSubtitleSize().asLongValue();
    }

    /** Adds a file to the workspace's library, or returns the existing item holding the same bytes. */
    public Outcome upload(String workspaceId, String uploaderId, UploadedFile file, String altText) {
        requireFile(file, maxUploadBytes, "file");
        if (altText != null && altText.length() > MAX_ALT_TEXT) {
            throw MediaProblems.invalidField("altText", "size must be between 0 and " + MAX_ALT_TEXT);
        }
        MediaFormat format = detectFormat(file, MediaFormat.allTypes());
        String sha256 = sha256(file);
        Optional<Media> existing = media.findByContent(workspaceId, sha256);
        if (existing.isPresent()) {
            Log.infof("Upload to workspace %s matches media %s; nothing stored", workspaceId, existing.get().id);
            return new Outcome(existing.get(), false);
        }
        MediaMetadata metadata = metadataReader.read(file.path(), format);
        Optional<byte[]> thumbnail = format.kind() == MediaKind.IMAGE
                ? thumbnails.render(file.path(), format, metadata) : Optional.empty();

        Media item = new Media();
        item.id = UUID.randomUUID();
        item.workspaceId = workspaceId;
        item.kind = format.kind();
        item.contentType = format.mediaType();
        item.sizeBytes = file.size();
        item.sha256 = sha256;
        item.fileName = displayName(file.fileName());
        item.width = metadata.width();
        item.height = metadata.height();
        item.durationSeconds = metadata.durationSeconds();
        item.frameRate = metadata.frameRate();
        item.codec = metadata.codec();
        item.altText = altText == null || altText.isBlank() ? null : altText.strip();
        item.uploadedBy = uploaderId;
        item.storageKey = MediaLayout.original(workspaceId, sha256);
        item.thumbnailKey = thumbnail.isPresent() ? MediaLayout.thumbnail(workspaceId, sha256) : null;

        store(item.storageKey, file);
        thumbnail.ifPresent(bytes -> store(item.thumbnailKey, bytes));
        try {
            Media created = media.register(item);
            Log.infof("Media %s (%s, %d bytes) added to workspace %s", created.id, created.contentType,
                    created.sizeBytes, workspaceId);
            return new Outcome(created, true);
        } catch (PersistenceException e) {
            if (isDuplicateContent(e)) {
                // A concurrent upload of the same bytes won; both wrote identical files under the same keys.
                return new Outcome(media.findByContent(workspaceId, sha256).orElseThrow(() -> e), false);
            }
            throw e;
        }
    }

    /** Sets the custom thumbnail of a video from an uploaded image. */
    public Media setCover(String workspaceId, UUID mediaId, UploadedFile file) {
        Media video = requireVideo(workspaceId, mediaId, "a cover");
        requireFile(file, maxUploadBytes, "file");
        MediaFormat format = detectFormat(file, MediaFormat.imageTypes());
        MediaMetadata metadata = metadataReader.read(file.path(), format);
        Optional<byte[]> thumbnail = thumbnails.render(file.path(), format, metadata);

        MediaCover cover = new MediaCover();
        cover.storageKey = MediaLayout.cover(workspaceId, video.sha256);
        cover.contentType = format.mediaType();
        cover.sizeBytes = file.size();
        cover.width = metadata.width();
        cover.height = metadata.height();
        String thumbnailKey = MediaLayout.thumbnail(workspaceId, video.sha256);
        store(cover.storageKey, file);
        if (thumbnail.isPresent()) {
            store(thumbnailKey, thumbnail.get());
        } else {
            delete(thumbnailKey);
        }
        Media updated = media.updateCover(workspaceId, mediaId, cover, thumbnail.isPresent() ? thumbnailKey : null);
        Log.infof("Cover of media %s in workspace %s set", mediaId, workspaceId);
        return updated;
    }

    /** Adds or replaces a video's subtitles in one language after checking their syntax. */
    public SubtitlesOutcome putSubtitles(String workspaceId, UUID mediaId, String language, UploadedFile file) {
        Media video = requireVideo(workspaceId, mediaId, "subtitles");
        String tag = languageTag(language);
        requireFile(file, maxSubtitleBytes, "file");
        byte[] content;
        try {
            content = Files.readAllBytes(file.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SubtitleValidator.SubtitleFile parsed = SubtitleValidator.validate(content);
        String key = MediaLayout.subtitles(workspaceId, video.sha256, tag, parsed.format());
        store(key, content);
        MediaSubtitle subtitles = new MediaSubtitle(tag, parsed.format(), content.length, parsed.cueCount(), key, null);
        Optional<MediaSubtitle> replaced = media.putSubtitles(workspaceId, mediaId, subtitles);
        replaced.filter(old -> !old.storageKey.equals(key)).ifPresent(old -> delete(old.storageKey));
        Log.infof("Subtitles (%s, %s) of media %s in workspace %s stored", tag, parsed.format(), mediaId, workspaceId);
        return new SubtitlesOutcome(subtitles, replaced.isEmpty());
    }

    /** The canonical BCP 47 form of a language tag ({@code pt-br} becomes {@code pt-BR}); 400 when it is none. */
    static String languageTag(String language) {
        if (language == null || language.isBlank()) {
            throw MediaProblems.invalidField("language", "required: a BCP 47 language tag such as en or pt-BR");
        }
        try {
            String candidate = language.strip();
            if (!LANGUAGE_TAG.matcher(candidate).matches()) {
                throw new IllformedLocaleException(candidate);
            }
            Locale locale = new Locale.Builder().setLanguageTag(candidate).build();
            return locale.toLanguageTag();
        } catch (IllformedLocaleException e) {
            throw MediaProblems.invalidField("language", "not a BCP 47 language tag such as en or pt-BR");
        }
    }

    private Media requireVideo(String workspaceId, UUID mediaId, String what) {
        Media item = media.get(workspaceId, mediaId);
        if (item.kind != MediaKind.VIDEO) {
            throw MediaProblems.notAVideo(mediaId, what);
        }
        return item;
    }

    private static void requireFile(UploadedFile file, long limit, String field) {
        if (file == null) {
            throw MediaProblems.invalidField(field, "required: send the file as the multipart part '" + field + "'");
        }
        if (file.size() > limit) {
            throw MediaProblems.tooLarge("file", file.size(), limit);
        }
        if (file.size() == 0) {
            throw MediaProblems.invalidField(field, "the file is empty");
        }
    }

    /** The file's format as detected from its bytes; 415 unless it is one of {@code accepted}. */
    private MediaFormat detectFormat(UploadedFile file, List<String> accepted) {
        String detected = detector.detect(file.path());
        if (!accepted.contains(detected)) {
            throw MediaProblems.unsupportedType(detected, accepted);
        }
        return MediaFormat.ofMediaType(detected).orElseThrow();
    }

    private void store(String key, UploadedFile file) {
        try (InputStream in = Files.newInputStream(file.path())) {
            storage.put(key, in);
        } catch (IOException e) {
            throw new UncheckedIOException("Storing " + key + " failed", e);
        }
    }

    private void store(String key, byte[] bytes) {
        try {
            storage.put(key, new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("Storing " + key + " failed", e);
        }
    }

    private void delete(String key) {
        try {
            storage.delete(key);
        } catch (IOException e) {
            Log.warnf("Could not delete media object %s: %s", key, e.getMessage());
        }
    }

    private static String sha256(UploadedFile file) {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file.path()),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String displayName(String fileName) {
        if (fileName == null) {
            return null;
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            return null;
        }
        return name.length() > MAX_FILE_NAME ? name.substring(0, MAX_FILE_NAME) : name;
    }

    private static boolean isDuplicateContent(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation
                    && UNIQUE_CONTENT.equalsIgnoreCase(violation.getConstraintName())) {
                return true;
            }
        }
        return false;
    }
}
