package io.sosmed.content.approval;

/** An entry of a post's approval history. */
public enum Decision {
    SUBMITTED,
    APPROVED,
    REJECTED,
    CHANGES_REQUESTED,
    /** The round was withdrawn because the post was edited or deleted. */
    CANCELLED
}
