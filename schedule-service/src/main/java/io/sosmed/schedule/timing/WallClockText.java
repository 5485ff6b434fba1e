package io.sosmed.schedule.timing;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.zone.ZoneOffsetTransition;

/** Wording shared by the problems and notes about wall-clock times. */
final class WallClockText {

    private WallClockText() {
    }

    /** "clocks jump from 02:00 to 03:00" or "clocks fall back from 02:00 to 01:00". */
    static String jump(ZoneOffsetTransition transition, LocalDate day) {
        return "clocks " + (transition.isGap() ? "jump" : "fall back") + " from " + time(transition.getDateTimeBefore(), day)
                + " to " + time(transition.getDateTimeAfter(), day);
    }

    /** The time alone when it is on {@code day}, the full date-time otherwise (transitions at midnight). */
    static String time(LocalDateTime dateTime, LocalDate day) {
        return dateTime.toLocalDate().equals(day) ? dateTime.toLocalTime().toString() : dateTime.toString();
    }

    /** "1 hour", "30 minutes", "7 days", "1 hour 30 minutes". */
    static String duration(Duration duration) {
        if (duration.isZero()) {
            return "0 minutes";
        }
        StringBuilder text = new StringBuilder();
        append(text, duration.toDaysPart(), "day");
        append(text, duration.toHoursPart(), "hour");
        append(text, duration.toMinutesPart(), "minute");
        append(text, duration.toSecondsPart(), "second");
        return text.isEmpty() ? duration.toString() : text.toString();
    }

    private static void append(StringBuilder text, long amount, String unit) {
        if (amount != 0) {
            text.append(text.isEmpty() ? "" : " ").append(amount).append(' ').append(unit).append(amount == 1 ? "" : "s");
        }
    }
}
