package io.sosmed.content.media;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Where media bytes live, addressed by keys like {@code acme/9f/9f86.../original}. The filesystem store is the
 * default; an S3-compatible store implements the same contract (a key is an object name, {@link #put} a
 * single or multipart upload) and replaces it as the bean.
 */
public interface MediaStorage {

    /**
     * Stores everything {@code content} yields under {@code key}, replacing what was there. Readers see either the
     * previous object or the complete new one, never a partial write; a failed write leaves nothing behind.
     */
    void put(String key, InputStream content) throws IOException;

    /** The object's bytes, or empty when there is no object under {@code key}; the caller closes the stream. */
    Optional<InputStream> open(String key) throws IOException;

    boolean exists(String key) throws IOException;

    /** Removes the object if it exists. */
    void delete(String key) throws IOException;
}
