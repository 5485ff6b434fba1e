package io.sosmed.schedule.timing;

import java.util.Objects;

/** Something the API tells the user about how their requested time was interpreted (a DST shift, an overlap choice, a skipped repeat). */
public record TimingNote(Kind kind, String message) {

    /** Stable, machine-readable reason for a note; the message is for people. */
    public enum Kind {
        /** A local time in a DST gap was moved forward by the gap's length. */
        DST_GAP_SHIFTED,
        /** A local time that happens twice was resolved to one of its two offsets. */
        DST_OVERLAP_RESOLVED,
        /** The recurrence start does not match the rule; it is published once, then the rule's dates follow (RFC 5545). */
        START_NOT_IN_RULE,
        /** Two occurrences became the same instant after shifting out of a DST gap; one publication is kept. */
        DUPLICATE_OCCURRENCE_DROPPED,
        /** An occurrence came sooner than the minimum gap after the previous publication on the channel and is skipped. */
        OCCURRENCE_TOO_CLOSE_SKIPPED
    }

    public TimingNote {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }
}
