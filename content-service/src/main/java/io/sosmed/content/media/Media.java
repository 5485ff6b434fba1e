package io.sosmed.content.media;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/** An image or video in a workspace's media library; one per distinct content (SHA-256) per workspace. */
@Entity
@Table(name = "media")
public class Media {

    @Id
    public UUID id;

    @Column(name = "workspace_id", nullable = false, updatable = false)
    public String workspaceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public MediaKind kind;

    /** Media type detected from the content, e.g. {@code image/png}. */
    @Column(name = "content_type", nullable = false, updatable = false)
    public String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    public long sizeBytes;

    /** Lower-case hex SHA-256 of the content. */
    @Column(nullable = false, updatable = false)
    public String sha256;

    @Column(name = "storage_key", nullable = false, updatable = false)
    public String storageKey;

    /** The name the file had on the uploader's machine; for display only. */
    @Column(name = "file_name")
    public String fileName;

    public Integer width;

    public Integer height;

    @Column(name = "duration_seconds")
    public Double durationSeconds;

    @Column(name = "frame_rate")
    public Double frameRate;

    public String codec;

    @Column(name = "alt_text")
    public String altText;

    /** Key of the JPEG thumbnail: of the image itself, or of a video's cover; null when there is none. */
    @Column(name = "thumbnail_key")
    public String thumbnailKey;

    @Embedded
    public MediaCover cover;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "media_subtitle", joinColumns = @JoinColumn(name = "media_id"))
    @BatchSize(size = 100)
    public List<MediaSubtitle> subtitles = new ArrayList<>();

    /** Token subject of the member who uploaded the content first. */
    @Column(name = "uploaded_by", nullable = false, updatable = false)
    public String uploadedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public boolean hasCover() {
        return cover != null && cover.storageKey != null;
    }
}
