package io.sosmed.schedule.scheduling;

/** How a schedule picks its time: a given wall-clock time, the channel's queue, the channel's best time, or now. */
public enum ScheduleMode {
    AT, QUEUE, BEST_TIME, NOW
}
