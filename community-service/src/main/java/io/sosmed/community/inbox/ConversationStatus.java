package io.sosmed.community.inbox;

/** Where a conversation stands in the agents' workflow. */
public enum ConversationStatus {
    /** Needs an answer. */
    OPEN,
    /** Answered; waiting for the other side. */
    PENDING,
    /** Put aside until {@code snoozedUntil}, then open again. */
    SNOOZED,
    CLOSED
}
