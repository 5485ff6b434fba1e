package io.sosmed.schedule.publishing;

import io.sosmed.schedule.network.NetworkException;

/**
 * What came of a published post's first comment (stored in {@code publication.first_comment_status}). The post is
 * PUBLISHED in every case and is never published again for its comment.
 */
public enum FirstCommentStatus {
    /** A retryable failure (5xx, 429, app budget): tried again automatically at {@code first_comment_due_at}. */
    PENDING_RETRY,
    /** Claimed by a replica that is posting it now. */
    SENDING,
    /** On the network ({@code first_comment_external_id}). */
    SENT,
    /** Will not be posted automatically: permanent refusal, or the attempts are spent; the reason says what to do. */
    FAILED,
    /** The call may have reached the network (timeout, or the replica stopped mid-call): never retried blindly. */
    UNCONFIRMED;

    /** The status a failed comment takes: retryable ones are retried, unknown outcomes are never sent again blindly. */
    static FirstCommentStatus after(NetworkException failure) {
        return switch (failure.kind()) {
            case RETRYABLE -> PENDING_RETRY;
            case UNKNOWN_OUTCOME -> UNCONFIRMED;
            case PERMANENT, AUTH -> FAILED;
        };
    }

    /** The status {@code sosmed.post.published.v1} knows ({@code POSTED} or {@code FAILED}). */
    String eventStatus() {
        return this == SENT ? "POSTED" : "FAILED";
    }

    boolean retryable() {
        return this == PENDING_RETRY;
    }
}
