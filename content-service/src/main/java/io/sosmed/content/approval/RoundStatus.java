package io.sosmed.content.approval;

/** Where an approval round is; only an OPEN round takes decisions. */
public enum RoundStatus {
    OPEN,
    APPROVED,
    REJECTED,
    CHANGES_REQUESTED,
    /** The post was edited or deleted during or after review, which withdrew the round. */
    CANCELLED
}
