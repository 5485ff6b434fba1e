package io.sosmed.schedule.timing;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.Objects;

/** One weekly publishing time of a channel's queue, e.g. Monday 09:00, read in the channel's zone. */
public record QueueSlot(DayOfWeek day, LocalTime time) implements Comparable<QueueSlot> {

    private static final Comparator<QueueSlot> ORDER = Comparator.comparing(QueueSlot::day).thenComparing(QueueSlot::time);

    public QueueSlot {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(time, "time");
    }

    public static QueueSlot of(DayOfWeek day, int hour, int minute) {
        return new QueueSlot(day, LocalTime.of(hour, minute));
    }

    @Override
    public int compareTo(QueueSlot other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return day + " " + time;
    }
}
