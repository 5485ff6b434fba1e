package io.sosmed.schedule.timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.sosmed.platform.problem.Problem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WallClockResolverTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    static final ZoneId LORD_HOWE = ZoneId.of("Australia/Lord_Howe");

    /** 2027-03-14: New York springs forward, 02:00 -> 03:00. */
    static final LocalDateTime NY_IN_GAP = LocalDateTime.parse("2027-03-14T02:30");
    static final LocalDateTime NY_AFTER_GAP = LocalDateTime.parse("2027-03-14T03:30");
    /** 2027-11-07: New York falls back, 02:00 -> 01:00, so 01:30 happens twice. */
    static final LocalDateTime NY_IN_OVERLAP = LocalDateTime.parse("2027-11-07T01:30");

    static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
    static final Duration GRACE = Duration.ofMinutes(1);
    static final WallClockResolver RESOLVER = new WallClockResolver(Clock.fixed(NOW, ZoneOffset.UTC), GRACE);

    static final WallClockPolicy SHIFT = new WallClockPolicy(DstGap.SHIFT, DstOverlap.EARLIER);
    static final WallClockPolicy LATER = new WallClockPolicy(DstGap.REFUSE, DstOverlap.LATER);

    @Nested
    class Gap {

        @Test
        void refusesATimeThatClocksJumpOver() {
            NonexistentLocalTime problem = catchThrowableOfType(NonexistentLocalTime.class,
                    () -> RESOLVER.resolve(NY_IN_GAP, NEW_YORK, WallClockPolicy.DEFAULT));

            assertThat(problem.status()).isEqualTo(422);
            assertThat(problem.slug()).isEqualTo("nonexistent-local-time");
            assertThat(problem.getMessage()).isEqualTo("2027-03-14T02:30 does not exist in America/New_York: clocks jump"
                    + " from 02:00 to 03:00; pick a time outside the gap, or send dstGap SHIFT to publish at 03:30");
            assertThat(problem.errors()).containsExactly(
                    new Problem.FieldError("at", "falls in the DST gap of America/New_York (02:00 to 03:00)"));
        }

        @Test
        void acceptsTheSameDayAfterTheJump() {
            ResolvedTime time = RESOLVER.resolve(NY_AFTER_GAP, NEW_YORK, WallClockPolicy.DEFAULT);

            assertThat(time.instant()).isEqualTo(Instant.parse("2027-03-14T07:30:00Z"));
            assertThat(time.offset()).isEqualTo(ZoneOffset.ofHours(-4));
            assertThat(time.local()).isEqualTo(NY_AFTER_GAP);
            assertThat(time.notes()).isEmpty();
            assertThat(time.shifted()).isFalse();
        }

        @Test
        void theMinuteBeforeTheJumpIsStillStandardTime() {
            ResolvedTime time = RESOLVER.resolve(LocalDateTime.parse("2027-03-14T01:59"), NEW_YORK, WallClockPolicy.DEFAULT);

            assertThat(time.instant()).isEqualTo(Instant.parse("2027-03-14T06:59:00Z"));
            assertThat(time.offset()).isEqualTo(ZoneOffset.ofHours(-5));
        }

        @Test
        void theJumpInstantItselfDoesNotExist() {
            assertThat(catchThrowableOfType(NonexistentLocalTime.class,
                    () -> RESOLVER.resolve(LocalDateTime.parse("2027-03-14T02:00"), NEW_YORK, WallClockPolicy.DEFAULT)))
                    .isNotNull();
        }

        @Test
        void shiftMovesForwardByTheGapAsJavaTimeDoes() {
            ResolvedTime time = RESOLVER.resolve(NY_IN_GAP, NEW_YORK, SHIFT);

            assertThat(time.zoned().toOffsetDateTime().toString()).isEqualTo("2027-03-14T03:30-04:00");
            assertThat(time.instant()).isEqualTo(NY_IN_GAP.atZone(NEW_YORK).toInstant());
            assertThat(time.local()).isEqualTo(NY_AFTER_GAP);
            assertThat(time.requested()).isEqualTo(NY_IN_GAP);
            assertThat(time.shifted()).isTrue();
            assertThat(time.notes()).containsExactly(new TimingNote(TimingNote.Kind.DST_GAP_SHIFTED,
                    "2027-03-14T02:30 does not exist in America/New_York (clocks jump from 02:00 to 03:00);"
                            + " shifted forward by 1 hour to 2027-03-14T03:30-04:00"));
        }

        @Test
        void halfHourGapOfLordHoweShiftsByThirtyMinutes() {
            // Lord Howe Island moves from +10:30 to +11:00 on the first Sunday of October.
            LocalDateTime inGap = LocalDateTime.parse("2027-10-03T02:15");

            ResolvedTime time = RESOLVER.resolve(inGap, LORD_HOWE, SHIFT);

            assertThat(time.local()).isEqualTo(LocalDateTime.parse("2027-10-03T02:45"));
            assertThat(time.offset()).isEqualTo(ZoneOffset.ofHours(11));
            assertThat(time.notes()).singleElement().extracting(TimingNote::message).asString()
                    .contains("clocks jump from 02:00 to 02:30", "shifted forward by 30 minutes");
        }
    }

    @Nested
    class Overlap {

        @Test
        void takesTheEarlierOffsetByDefaultAndSaysSo() {
            ResolvedTime time = RESOLVER.resolve(NY_IN_OVERLAP, NEW_YORK, WallClockPolicy.DEFAULT);

            assertThat(time.offset()).isEqualTo(ZoneOffset.ofHours(-4));
            assertThat(time.instant()).isEqualTo(Instant.parse("2027-11-07T05:30:00Z"));
            assertThat(time.local()).isEqualTo(NY_IN_OVERLAP);
            assertThat(time.notes()).containsExactly(new TimingNote(TimingNote.Kind.DST_OVERLAP_RESOLVED,
                    "2027-11-07T01:30 happens twice in America/New_York (clocks fall back from 02:00 to 01:00);"
                            + " using the earlier one, 2027-11-07T01:30-04:00 (2027-11-07T05:30:00Z);"
                            + " send dstOverlap LATER for 2027-11-07T01:30-05:00 (2027-11-07T06:30:00Z)"));
        }

        @Test
        void takesTheLaterOffsetWhenAsked() {
            ResolvedTime time = RESOLVER.resolve(NY_IN_OVERLAP, NEW_YORK, LATER);

            assertThat(time.offset()).isEqualTo(ZoneOffset.ofHours(-5));
            assertThat(time.instant()).isEqualTo(Instant.parse("2027-11-07T06:30:00Z"));
            assertThat(time.notes()).singleElement().extracting(TimingNote::message).asString()
                    .contains("using the later one, 2027-11-07T01:30-05:00", "send dstOverlap EARLIER for 2027-11-07T01:30-04:00");
        }

        @Test
        void laterAndEarlierAreOneHourApart() {
            Instant earlier = RESOLVER.resolve(NY_IN_OVERLAP, NEW_YORK, WallClockPolicy.DEFAULT).instant();
            Instant later = RESOLVER.resolve(NY_IN_OVERLAP, NEW_YORK, LATER).instant();

            assertThat(Duration.between(earlier, later)).isEqualTo(Duration.ofHours(1));
        }

        @Test
        void missingPolicyFieldsTakeTheDefaults() {
            assertThat(WallClockPolicy.of(null, null)).isEqualTo(WallClockPolicy.DEFAULT);
            assertThat(WallClockPolicy.of(DstGap.SHIFT, null)).isEqualTo(SHIFT);
            assertThat(WallClockPolicy.DEFAULT).isEqualTo(new WallClockPolicy(DstGap.REFUSE, DstOverlap.EARLIER));
        }
    }

    @Nested
    class ZoneWithoutDst {

        @Test
        void jakartaIsAlwaysSevenHoursAhead() {
            ResolvedTime time = RESOLVER.resolve(LocalDateTime.parse("2026-12-01T09:00"), JAKARTA, WallClockPolicy.DEFAULT);

            assertThat(time.instant()).isEqualTo(Instant.parse("2026-12-01T02:00:00Z"));
            assertThat(time.offset()).isEqualTo(ZoneOffset.ofHours(7));
            assertThat(time.notes()).isEmpty();
        }

        @Test
        void policiesChangeNothingWhereThereIsNoTransition() {
            LocalDateTime local = LocalDateTime.parse("2027-03-14T02:30");

            assertThat(RESOLVER.resolve(local, JAKARTA, SHIFT)).isEqualTo(RESOLVER.resolve(local, JAKARTA, LATER));
            assertThat(RESOLVER.resolve(local, JAKARTA, SHIFT).instant()).isEqualTo(Instant.parse("2027-03-13T19:30:00Z"));
        }
    }

    @Nested
    class Zones {

        @Test
        void readsIanaIds() {
            assertThat(WallClockResolver.zone("Asia/Jakarta")).isEqualTo(JAKARTA);
            assertThat(WallClockResolver.zone("America/New_York")).isEqualTo(NEW_YORK);
            assertThat(WallClockResolver.zone("UTC")).isEqualTo(ZoneId.of("UTC"));
        }

        @Test
        void refusesAnUnknownIdNamingTheZoneField() {
            UnknownTimeZone problem = catchThrowableOfType(UnknownTimeZone.class, () -> WallClockResolver.zone("Mars/Olympus_Mons"));

            assertThat(problem.status()).isEqualTo(400);
            assertThat(problem.slug()).isEqualTo("unknown-time-zone");
            assertThat(problem.getMessage()).isEqualTo("'Mars/Olympus_Mons' is not an IANA time zone id;"
                    + " use an IANA zone id such as Asia/Jakarta or America/New_York");
            assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("zone");
        }

        @Test
        void suggestsTheIdWhenOnlyTheCaseIsWrong() {
            UnknownTimeZone problem = catchThrowableOfType(UnknownTimeZone.class, () -> WallClockResolver.zone("asia/jakarta "));

            assertThat(problem.getMessage()).isEqualTo("'asia/jakarta ' is not an IANA time zone id; did you mean Asia/Jakarta?");
        }

        @Test
        void refusesOffsetsAndMissingZones() {
            assertThat(catchThrowableOfType(UnknownTimeZone.class, () -> WallClockResolver.zone("+07:00")).status()).isEqualTo(400);
            assertThat(catchThrowableOfType(UnknownTimeZone.class, () -> WallClockResolver.zone(null)).getMessage())
                    .startsWith("A time zone is required");
            assertThat(catchThrowableOfType(UnknownTimeZone.class, () -> WallClockResolver.zone("", "channel.zone")).errors())
                    .extracting(Problem.FieldError::field).containsExactly("channel.zone");
        }
    }

    @Nested
    class Past {

        static final ZoneOffset UTC = ZoneOffset.UTC;

        @Test
        void refusesATimeBeforeNowMinusTheGrace() {
            LocalDateTime jakartaYesterday = LocalDateTime.parse("2026-11-30T09:00");

            TimeInPast problem = catchThrowableOfType(TimeInPast.class,
                    () -> RESOLVER.resolve(jakartaYesterday, JAKARTA, WallClockPolicy.DEFAULT));

            assertThat(problem.status()).isEqualTo(422);
            assertThat(problem.slug()).isEqualTo("time-in-past");
            assertThat(problem.getMessage()).isEqualTo("2026-11-30T09:00 in Asia/Jakarta (2026-11-30T02:00:00Z) is in the past:"
                    + " it is already 2026-12-01T07:00 there");
            assertThat(problem.errors()).containsExactly(new Problem.FieldError("at", "must be in the future"));
        }

        @Test
        void acceptsATimeWithinTheGrace() {
            LocalDateTime thirtySecondsAgo = LocalDateTime.ofInstant(NOW.minusSeconds(30), UTC);

            assertThat(RESOLVER.resolve(thirtySecondsAgo, UTC, WallClockPolicy.DEFAULT).instant()).isEqualTo(NOW.minusSeconds(30));
        }

        @Test
        void theGraceBoundaryIsInclusive() {
            LocalDateTime exactlyGraceAgo = LocalDateTime.ofInstant(NOW.minus(GRACE), UTC);
            LocalDateTime justBeyond = exactlyGraceAgo.minusSeconds(1);

            assertThat(RESOLVER.resolve(exactlyGraceAgo, UTC, WallClockPolicy.DEFAULT).instant()).isEqualTo(NOW.minus(GRACE));
            assertThat(catchThrowableOfType(TimeInPast.class, () -> RESOLVER.resolve(justBeyond, UTC, WallClockPolicy.DEFAULT)))
                    .isNotNull();
        }

        @Test
        void withoutGraceNowIsStillAccepted() {
            WallClockResolver strict = new WallClockResolver(Clock.fixed(NOW, UTC), Duration.ZERO);

            assertThat(strict.resolve(LocalDateTime.ofInstant(NOW, UTC), UTC, WallClockPolicy.DEFAULT).instant()).isEqualTo(NOW);
            assertThat(catchThrowableOfType(TimeInPast.class,
                    () -> strict.resolve(LocalDateTime.ofInstant(NOW.minusSeconds(1), UTC), UTC, WallClockPolicy.DEFAULT)))
                    .isNotNull();
        }

        @Test
        void thePastCheckUsesTheShiftedInstant() {
            // Just after the New York jump: 02:30 shifted to 03:30 (07:30Z) is in the future of 07:00Z.
            Clock justAfterJump = Clock.fixed(Instant.parse("2027-03-14T07:00:00Z"), UTC);

            ResolvedTime time = new WallClockResolver(justAfterJump, Duration.ZERO).resolve(NY_IN_GAP, NEW_YORK, SHIFT);

            assertThat(time.instant()).isEqualTo(Instant.parse("2027-03-14T07:30:00Z"));
        }

        @Test
        void resolveInZoneIgnoresTheClock() {
            ResolvedTime time = WallClockResolver.resolveInZone(LocalDateTime.parse("2000-01-01T00:00"), UTC, WallClockPolicy.DEFAULT);

            assertThat(time.instant()).isEqualTo(Instant.parse("2000-01-01T00:00:00Z"));
        }
    }
}
