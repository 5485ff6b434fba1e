package io.sosmed.community.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final EnumSet<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private static final BusinessCalendar OFFICE = new BusinessCalendar(JAKARTA, WEEKDAYS, LocalTime.of(9, 0), LocalTime.of(17, 0));

    @Test
    void withinTheSameWorkingDay() {
        // Wednesday 2026-11-25 10:00 WIB + 2h = 12:00 WIB
        assertThat(OFFICE.plus(at(JAKARTA, 2026, 11, 25, 10, 0), Duration.ofHours(2)))
                .isEqualTo(at(JAKARTA, 2026, 11, 25, 12, 0));
    }

    @Test
    void carriesOverNightToNextOpening() {
        // Wednesday 16:00 + 2h: one hour Wednesday, one hour Thursday from 09:00
        assertThat(OFFICE.plus(at(JAKARTA, 2026, 11, 25, 16, 0), Duration.ofHours(2)))
                .isEqualTo(at(JAKARTA, 2026, 11, 26, 10, 0));
    }

    @Test
    void itemArrivingAtNightStartsCountingAtOpening() {
        assertThat(OFFICE.plus(at(JAKARTA, 2026, 11, 25, 22, 30), Duration.ofMinutes(30)))
                .isEqualTo(at(JAKARTA, 2026, 11, 26, 9, 30));
        assertThat(OFFICE.plus(at(JAKARTA, 2026, 11, 26, 6, 0), Duration.ofMinutes(30)))
                .isEqualTo(at(JAKARTA, 2026, 11, 26, 9, 30));
    }

    @Test
    void skipsTheWeekend() {
        // Friday 2026-11-27 16:30 + 1h: 30 min Friday, 30 min Monday 2026-11-30
        assertThat(OFFICE.plus(at(JAKARTA, 2026, 11, 27, 16, 30), Duration.ofHours(1)))
                .isEqualTo(at(JAKARTA, 2026, 11, 30, 9, 30));
        // Saturday arrival: first working minute is Monday 09:00
        assertThat(OFFICE.plus(at(JAKARTA, 2026, 11, 28, 12, 0), Duration.ofMinutes(1)))
                .isEqualTo(at(JAKARTA, 2026, 11, 30, 9, 1));
    }

    @Test
    void multiDayTargetCountsOnlyWorkingHours() {
        // 24 working hours from Monday 09:00 = three full 8h days: Wednesday 17:00
        assertThat(OFFICE.plus(at(JAKARTA, 2026, 11, 30, 9, 0), Duration.ofHours(24)))
                .isEqualTo(at(JAKARTA, 2026, 12, 2, 17, 0));
    }

    @Test
    void daylightSavingChangeKeepsLocalOpeningHours() {
        BusinessCalendar berlin = new BusinessCalendar(BERLIN, EnumSet.allOf(DayOfWeek.class), LocalTime.of(0, 0),
                LocalTime.of(23, 59));
        // Sunday 2026-03-29 clocks jump 02:00 -> 03:00; 01:30 + 1h of working time is 03:30 local
        assertThat(berlin.plus(at(BERLIN, 2026, 3, 29, 1, 30), Duration.ofHours(1)))
                .isEqualTo(at(BERLIN, 2026, 3, 29, 3, 30));
    }

    @Test
    void alwaysOpenIsPlainAddition() {
        Instant start = Instant.parse("2026-11-28T23:00:00Z");
        assertThat(BusinessCalendar.alwaysOpen(JAKARTA).plus(start, Duration.ofMinutes(90)))
                .isEqualTo(Instant.parse("2026-11-29T00:30:00Z"));
    }

    @Test
    void dueTimeIsInsideWorkingHoursAndWorkingTimeUpToItIsTheTarget() {
        Instant origin = Instant.parse("2026-01-01T00:00:00Z");
        qt().forAll(longs().between(0, 365L * 24 * 60), integers().between(1, 5 * 8 * 60))
                .checkAssert((offsetMinutes, targetMinutes) -> {
                    Instant start = origin.plus(Duration.ofMinutes(offsetMinutes));
                    Instant due = OFFICE.plus(start, Duration.ofMinutes(targetMinutes));
                    ZonedDateTime local = due.atZone(JAKARTA);
                    assertThat(WEEKDAYS).contains(local.getDayOfWeek());
                    assertThat(local.toLocalTime()).isAfter(LocalTime.of(9, 0)).isBeforeOrEqualTo(LocalTime.of(17, 0));
                    assertThat(OFFICE.between(start, due)).isEqualTo(Duration.ofMinutes(targetMinutes));
                });
    }

    private static Instant at(ZoneId zone, int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(zone).toInstant();
    }
}
