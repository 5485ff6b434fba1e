package io.sosmed.content.media;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits and storage of the media library. */
@ConfigMapping(prefix = "sosmed.media")
public interface MediaConfig {

    /** Directory of the filesystem store; relative paths resolve against the working directory. */
    @WithDefault(".local-data/media")
    String storageDir();

    /**
     * Largest accepted media file (images, videos, covers); keep {@code quarkus.http.limits.max-body-size} a little
     * above it so that this limit, not the HTTP layer, answers.
     */
    @WithDefault("512M")
    MemorySize maxUploadSize();

    /** Largest accepted subtitle file. */
    @WithDefault("1M")
    MemorySize maxSubtitleSize();

    /** Longest edge of a generated thumbnail in pixels; smaller images keep their size. */
    @WithDefault("320")
    int thumbnailSize();

    /** Images with more pixels than this get no thumbnail (they are still accepted), bounding decode work. */
    @WithDefault("100000000")
    long thumbnailMaxSourcePixels();
}
