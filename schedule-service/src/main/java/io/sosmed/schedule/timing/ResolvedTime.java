package io.sosmed.schedule.timing;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A requested wall-clock time resolved to an instant in a zone.
 *
 * @param requested the local date-time the user asked for
 * @param zone      the IANA zone it was read in
 * @param instant   when it happens, what gets stored
 * @param offset    the UTC offset chosen (after a gap shift or an overlap choice)
 * @param local     the wall-clock time it will actually be in {@code zone}; differs from {@code requested} only after a gap shift
 * @param notes     what the API should tell the user about how the time was read; empty for an ordinary time
 */
public record ResolvedTime(LocalDateTime requested, ZoneId zone, Instant instant, ZoneOffset offset, LocalDateTime local,
        List<TimingNote> notes) {

    public ResolvedTime {
        Objects.requireNonNull(requested, "requested");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(instant, "instant");
        Objects.requireNonNull(offset, "offset");
        Objects.requireNonNull(local, "local");
        notes = List.copyOf(notes);
    }

    public ZonedDateTime zoned() {
        return ZonedDateTime.ofInstant(instant, zone);
    }

    /** Whether the wall-clock time moved (only when a DST gap was shifted). */
    public boolean shifted() {
        return !requested.equals(local);
    }
}
