package io.sosmed.schedule.scheduling;

import java.util.List;

/** Where one variant's publication on one channel stands. */
public enum PublicationStatus {
    /** Waiting for its time (or, after a retryable failure, for its next attempt). */
    SCHEDULED,
    /** Claimed by the engine with an attempt id; the network call may be in flight. */
    PUBLISHING,
    PUBLISHED,
    /** Will not be retried; the reason says what to do. */
    FAILED,
    /** The network call's outcome is unknown; reconciled by looking the post up, never blindly retried. */
    UNCONFIRMED,
    /** The channel needs reconnecting; publishes once it is active again. */
    WAITING_RECONNECT,
    UNSCHEDULED,
    /** Missed during a pause and skipped on resume. */
    SKIPPED;

    /** Not yet attempted or waiting to be: what rescheduling, unscheduling and pausing act on. */
    public static final List<PublicationStatus> PENDING = List.of(SCHEDULED, WAITING_RECONNECT);

    public boolean isPending() {
        return PENDING.contains(this);
    }
}
