package io.sosmed.schedule.network;

/** How the publishing engine treats a failed network call. */
public enum FailureKind {
    /** Try again later (5xx, 429, connection refused before the request was sent). */
    RETRYABLE,
    /** Will fail the same way again (validation, media rejected, duplicate content): FAILED with the reason. */
    PERMANENT,
    /** Token expired or revoked and not refreshable: the channel needs reconnecting; its due work waits. */
    AUTH,
    /** The request may have reached the network (timeout after sending): UNCONFIRMED, reconciled, never blindly retried. */
    UNKNOWN_OUTCOME
}
