package io.sosmed.schedule.post;

import java.util.UUID;

/**
 * Fired (CDI, in the consumer's transaction) when a post's scheduled publications must stop: its content was edited or
 * it was deleted. Scheduling observes it and unschedules.
 */
public record PostWithdrawn(String workspaceId, UUID postId, Reason reason) {

    public enum Reason {
        POST_EDITED, POST_DELETED
    }
}
