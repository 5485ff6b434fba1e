package io.sosmed.analytics;

import io.sosmed.platform.problem.Problem;
import io.sosmed.platform.problem.ProblemException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A report's half-open time range [from, to) from {@code from}/{@code to} query parameters: ISO-8601 instants or
 * dates (a date starts at midnight in the report's zone; {@code to} as a date includes that whole day).
 */
public record Window(Instant from, Instant to, ZoneId zone) {

    /** Reports cover the last 30 days unless told otherwise. */
    public static final Duration DEFAULT_LENGTH = Duration.ofDays(30);
    /** Longest range one report may cover. */
    public static final Duration MAX_LENGTH = Duration.ofDays(3660);

    public static Window parse(String from, String to, String zone) {
        List<Problem.FieldError> errors = new ArrayList<>();
        ZoneId zoneId = ZoneId.of("UTC");
        if (zone != null && !zone.isBlank()) {
            try {
                zoneId = ZoneId.of(zone);
            } catch (DateTimeException e) {
                errors.add(new Problem.FieldError("zone", "not an IANA time zone id, e.g. Europe/Berlin"));
            }
        }
        Instant end = parseBound(to, zoneId, true, "to", errors);
        Instant start = parseBound(from, zoneId, false, "from", errors);
        if (errors.isEmpty()) {
            end = end == null ? Instant.now() : end;
            start = start == null ? end.minus(DEFAULT_LENGTH) : start;
            if (!start.isBefore(end)) {
                errors.add(new Problem.FieldError("from", "must be before to"));
            } else if (Duration.between(start, end).compareTo(MAX_LENGTH) > 0) {
                errors.add(new Problem.FieldError("from", "a report covers at most " + MAX_LENGTH.toDays() + " days"));
            }
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return new Window(start, end, zoneId);
    }

    /** A 400 problem naming the offending fields. */
    public static ProblemException invalid(List<Problem.FieldError> errors) {
        return new ProblemException(400, "validation", "Request is not valid",
                errors.get(0).field() + ": " + errors.get(0).message(), errors);
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new Problem.FieldError(field, message)));
    }

    private static Instant parseBound(String value, ZoneId zone, boolean end, String field, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate date = LocalDate.parse(value);
                return (end ? date.plusDays(1) : date).atStartOfDay(zone).toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeException e) {
            errors.add(new Problem.FieldError(field, "not an ISO-8601 instant (2026-01-31T00:00:00Z) or date (2026-01-31)"));
            return null;
        }
    }
}
