package io.sosmed.schedule.calendar;

import java.time.Instant;
import java.util.List;

/** The calendar between two instants, in publishing order. */
public record CalendarPage(Instant from, Instant to, List<CalendarEntry> items) {
}
