package io.sosmed.community.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * Working time in one zone: the same opening hours on each working day. Adds working time to an instant,
 * skipping nights, weekends and daylight-saving gaps (a day's hours are taken in local time).
 */
public final class BusinessCalendar {

    private final ZoneId zone;
    private final Set<DayOfWeek> days;
    private final LocalTime open;
    private final LocalTime close;
    private final boolean alwaysOpen;

    public BusinessCalendar(ZoneId zone, Set<DayOfWeek> days, LocalTime open, LocalTime close) {
        if (days.isEmpty() || !open.isBefore(close)) {
            throw new IllegalArgumentException("Need at least one working day and opening before closing");
        }
        this.zone = zone;
        this.days = EnumSet.copyOf(days);
        this.open = open;
        this.close = close;
        this.alwaysOpen = false;
    }

    private BusinessCalendar(ZoneId zone) {
        this.zone = zone;
        this.days = EnumSet.allOf(DayOfWeek.class);
        this.open = LocalTime.MIN;
        this.close = LocalTime.MAX;
        this.alwaysOpen = true;
    }

    /** A calendar where every minute is working time. */
    public static BusinessCalendar alwaysOpen(ZoneId zone) {
        return new BusinessCalendar(zone);
    }

    /** The instant when {@code work} of working time has passed after {@code start}. */
    public Instant plus(Instant start, Duration work) {
        if (work.isNegative()) {
            throw new IllegalArgumentException("Working time must not be negative");
        }
        if (alwaysOpen) {
            return start.plus(work);
        }
        ZonedDateTime cursor = start.atZone(zone);
        Duration remaining = work;
        while (true) {
            LocalDate day = cursor.toLocalDate();
            ZonedDateTime opening = day.atTime(open).atZone(zone);
            ZonedDateTime closing = day.atTime(close).atZone(zone);
            if (!days.contains(day.getDayOfWeek()) || !cursor.isBefore(closing)) {
                cursor = day.plusDays(1).atTime(open).atZone(zone);
                continue;
            }
            if (cursor.isBefore(opening)) {
                cursor = opening;
            }
            Duration available = Duration.between(cursor, closing);
            if (remaining.compareTo(available) <= 0) {
                return cursor.plus(remaining).toInstant();
            }
            remaining = remaining.minus(available);
            cursor = day.plusDays(1).atTime(open).atZone(zone);
        }
    }

    /** Working time between two instants ({@code from} before {@code to}). */
    public Duration between(Instant from, Instant to) {
        if (alwaysOpen) {
            return Duration.between(from, to);
        }
        Duration total = Duration.ZERO;
        LocalDate day = from.atZone(zone).toLocalDate();
        LocalDate last = to.atZone(zone).toLocalDate();
        for (; !day.isAfter(last); day = day.plusDays(1)) {
            if (!days.contains(day.getDayOfWeek())) {
                continue;
            }
            Instant opening = day.atTime(open).atZone(zone).toInstant();
            Instant closing = day.atTime(close).atZone(zone).toInstant();
            Instant start = opening.isAfter(from) ? opening : from;
            Instant end = closing.isBefore(to) ? closing : to;
            if (start.isBefore(end)) {
                total = total.plus(Duration.between(start, end));
            }
        }
        return total;
    }
}
