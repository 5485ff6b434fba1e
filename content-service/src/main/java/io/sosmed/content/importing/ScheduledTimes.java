package io.sosmed.content.importing;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Reads the {@code scheduled_time} cell: ISO-8601 with an offset ({@code 2026-05-04T09:30:00+02:00},
 * {@code ...Z}) is an instant; a local time ({@code 2026-05-04T09:30}, a space instead of {@code T} also works)
 * is read in the row's {@code zone}, else the import's default zone. In a daylight-saving gap the time moves
 * forward by the gap; in an overlap the earlier instant is taken.
 */
final class ScheduledTimes {

    private static final Pattern SPACE_SEPARATED = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d.*");

    private ScheduledTimes() {
    }

    /** Thrown with the column and message of the row error. */
    static final class Invalid extends Exception {
        final RowError error;

        Invalid(ImportColumn column, String message) {
            super(message, null, false, false);
            this.error = RowError.of(column, message);
        }
    }

    static Instant parse(String value, String zone, ZoneId defaultZone) throws Invalid {
        String iso = SPACE_SEPARATED.matcher(value).matches() ? value.replaceFirst(" ", "T") : value;
        try {
            return OffsetDateTime.parse(iso).toInstant();
        } catch (DateTimeParseException notOffset) {
            LocalDateTime local;
            try {
                local = LocalDateTime.parse(iso);
            } catch (DateTimeParseException notLocal) {
                throw new Invalid(ImportColumn.SCHEDULED_TIME, "'" + value + "' is not an ISO-8601 date-time such as"
                        + " 2026-05-04T09:30 (read in the zone column) or 2026-05-04T09:30:00+02:00");
            }
            return local.atZone(zone(zone, defaultZone)).toInstant();
        }
    }

    private static ZoneId zone(String zone, ZoneId defaultZone) throws Invalid {
        if (zone == null) {
            if (defaultZone == null) {
                throw new Invalid(ImportColumn.SCHEDULED_TIME, "a local time needs a zone: add an offset, a zone"
                        + " column (e.g. Europe/Lisbon) or ?zone= to the request");
            }
            return defaultZone;
        }
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new Invalid(ImportColumn.ZONE, "'" + zone + "' is not an IANA time zone such as Europe/Lisbon");
        }
    }
}
