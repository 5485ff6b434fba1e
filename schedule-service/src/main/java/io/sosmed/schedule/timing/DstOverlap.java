package io.sosmed.schedule.timing;

/** Which of the two instants to take for a local time that happens twice because clocks fall back (a DST overlap). */
public enum DstOverlap {
    /** The first pass, with the offset in force before the transition (summer time when it ends). */
    EARLIER,
    /** The second pass, with the offset in force after the transition. */
    LATER
}
