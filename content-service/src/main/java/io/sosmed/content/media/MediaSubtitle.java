package io.sosmed.content.media;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** A video's subtitles in one language. */
@Embeddable
public class MediaSubtitle {

    /** BCP 47 language tag, e.g. {@code en} or {@code pt-BR}. */
    @Column(nullable = false)
    public String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SubtitleFormat format;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(name = "cue_count", nullable = false)
    public int cueCount;

    @Column(name = "storage_key", nullable = false)
    public String storageKey;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    protected MediaSubtitle() {
    }

    MediaSubtitle(String language, SubtitleFormat format, long sizeBytes, int cueCount, String storageKey,
            Instant createdAt) {
        this.language = language;
        this.format = format;
        this.sizeBytes = sizeBytes;
        this.cueCount = cueCount;
        this.storageKey = storageKey;
        this.createdAt = createdAt;
    }
}
