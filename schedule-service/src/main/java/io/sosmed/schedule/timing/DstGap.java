package io.sosmed.schedule.timing;

/** What to do with a local time that does not exist because clocks jump forward (a DST gap). */
public enum DstGap {
    /** Refuse the time with a {@link NonexistentLocalTime} problem: the user picks another one. */
    REFUSE,
    /** Move the time forward by the length of the gap (02:30 in a 02:00-03:00 gap becomes 03:30), as java.time does. */
    SHIFT
}
