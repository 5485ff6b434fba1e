package io.sosmed.content.media;

import io.sosmed.platform.paging.KeysetCursor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads and changes media records; file work happens in {@link MediaUploads}, outside these transactions. */
@ApplicationScoped
public class MediaService {

    /** A page of media, newest first, with the cursor of the next page when there is one. */
    public record Page(List<Media> items, KeysetCursor next) {
    }

    private final MediaRepository media;

    public MediaService(MediaRepository media) {
        this.media = media;
    }

    @Transactional
    public Media get(String workspaceId, UUID id) {
        return media.findInWorkspace(workspaceId, id).orElseThrow(() -> MediaProblems.notFound(id));
    }

    @Transactional
    public Optional<Media> findByContent(String workspaceId, String sha256) {
        return media.findByContent(workspaceId, sha256);
    }

    /** Inserts a new item; fails with a constraint violation when the workspace already has these bytes. */
    @Transactional
    public Media register(Media item) {
        Instant now = now();
        item.createdAt = now;
        item.updatedAt = now;
        media.persistAndFlush(item);
        return item;
    }

    @Transactional
    public Page list(String workspaceId, MediaKind kind, KeysetCursor after, int limit) {
        List<Media> found = media.findPage(workspaceId, kind, after, limit + 1);
        if (found.size() <= limit) {
            return new Page(found, null);
        }
        List<Media> page = found.subList(0, limit);
        return new Page(List.copyOf(page), new KeysetCursor(page.get(limit - 1).createdAt, page.get(limit - 1).id));
    }

    @Transactional
    public Media updateAltText(String workspaceId, UUID id, String altText) {
        Media item = get(workspaceId, id);
        item.altText = altText == null || altText.isBlank() ? null : altText.strip();
        item.updatedAt = now();
        return item;
    }

    /** Sets a video's cover and the thumbnail rendered from it; returns the key of the replaced thumbnail, if any. */
    @Transactional
    public Media updateCover(String workspaceId, UUID id, MediaCover cover, String thumbnailKey) {
        Media item = get(workspaceId, id);
        item.cover = cover;
        item.thumbnailKey = thumbnailKey;
        item.updatedAt = now();
        return item;
    }

    /** Adds or replaces the subtitles of one language; returns the replaced entry, if there was one. */
    @Transactional
    public Optional<MediaSubtitle> putSubtitles(String workspaceId, UUID id, MediaSubtitle subtitle) {
        Media item = get(workspaceId, id);
        Optional<MediaSubtitle> previous = item.subtitles.stream()
                .filter(s -> s.language.equals(subtitle.language)).findFirst();
        previous.ifPresent(item.subtitles::remove);
        subtitle.createdAt = now();
        item.subtitles.add(subtitle);
        item.updatedAt = subtitle.createdAt;
        return previous;
    }

    /** PostgreSQL keeps microseconds; truncating keeps list cursors exact. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
