package io.sosmed.content.media;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The custom thumbnail image chosen for a video. */
@Embeddable
public class MediaCover {

    @Column(name = "cover_key")
    public String storageKey;

    @Column(name = "cover_content_type")
    public String contentType;

    @Column(name = "cover_size_bytes")
    public Long sizeBytes;

    @Column(name = "cover_width")
    public Integer width;

    @Column(name = "cover_height")
    public Integer height;
}
