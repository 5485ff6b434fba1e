package io.sosmed.schedule.publishing;

import io.sosmed.schedule.network.MediaItem;
import java.util.UUID;

/**
 * Where the engine reads a variant's media: content-service's library. A failure is a {@link MediaUnavailable}, telling
 * whether trying again later may help.
 */
public interface MediaSource {

    /** The item's facts and a way to open its bytes (opened only when the connector uploads them). */
    MediaItem item(String workspaceId, UUID mediaId);

    /** A media item could not be read. */
    class MediaUnavailable extends RuntimeException {

        private final boolean retryable;

        public MediaUnavailable(String message, boolean retryable, Throwable cause) {
            super(message, cause);
            this.retryable = retryable;
        }

        public boolean retryable() {
            return retryable;
        }
    }
}
