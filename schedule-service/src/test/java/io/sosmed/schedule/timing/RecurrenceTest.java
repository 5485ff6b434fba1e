package io.sosmed.schedule.timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.sosmed.platform.problem.Problem;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecurrenceTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
    static final WallClockResolver RESOLVER = new WallClockResolver(Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(1));
    static final WallClockPolicy SHIFT = new WallClockPolicy(DstGap.SHIFT, DstOverlap.EARLIER);

    /** Monday 1 March 2027, two weeks before New York springs forward (Sunday 14 March). */
    static final LocalDateTime MONDAY_BEFORE_SPRING = LocalDateTime.parse("2027-03-01T09:00");
    static final String WEEKLY_MONDAY_4 = "FREQ=WEEKLY;BYDAY=MO;COUNT=4";

    static RecurrencePlan expand(String rule, LocalDateTime start, ZoneId zone) {
        return Recurrence.parse(rule).expand(start, zone, WallClockPolicy.DEFAULT, RESOLVER);
    }

    static List<LocalDateTime> localTimes(RecurrencePlan plan) {
        return plan.occurrences().stream().map(ResolvedTime::local).toList();
    }

    static List<Instant> instants(String... isoInstants) {
        return java.util.Arrays.stream(isoInstants).map(Instant::parse).toList();
    }

    @Nested
    class WallClockStability {

        @Test
        void weeklyMondayNineStaysNineInNewYorkAcrossSpringForward() {
            RecurrencePlan plan = expand(WEEKLY_MONDAY_4, MONDAY_BEFORE_SPRING, NEW_YORK);

            assertThat(localTimes(plan)).containsExactly(
                    LocalDateTime.parse("2027-03-01T09:00"), LocalDateTime.parse("2027-03-08T09:00"),
                    LocalDateTime.parse("2027-03-15T09:00"), LocalDateTime.parse("2027-03-22T09:00"));
            assertThat(plan.instants()).containsExactlyElementsOf(instants(
                    "2027-03-01T14:00:00Z", "2027-03-08T14:00:00Z", "2027-03-15T13:00:00Z", "2027-03-22T13:00:00Z"));
            assertThat(plan.occurrences()).extracting(ResolvedTime::offset).containsExactly(
                    ZoneOffset.ofHours(-5), ZoneOffset.ofHours(-5), ZoneOffset.ofHours(-4), ZoneOffset.ofHours(-4));
            assertThat(plan.notes()).isEmpty();
        }

        @Test
        void weeklyMondayNineStaysNineInNewYorkAcrossFallBack() {
            RecurrencePlan plan = expand("FREQ=WEEKLY;BYDAY=MO;COUNT=2", LocalDateTime.parse("2027-11-01T09:00"), NEW_YORK);

            assertThat(plan.instants()).containsExactlyElementsOf(instants("2027-11-01T13:00:00Z", "2027-11-08T14:00:00Z"));
            assertThat(plan.occurrences()).allSatisfy(o -> assertThat(o.local().toLocalTime()).isEqualTo(LocalTime.of(9, 0)));
        }

        @Test
        void weeklyMondayNineInJakartaIsAlwaysTwoUtc() {
            RecurrencePlan plan = expand(WEEKLY_MONDAY_4, MONDAY_BEFORE_SPRING, JAKARTA);

            assertThat(plan.instants()).containsExactlyElementsOf(instants(
                    "2027-03-01T02:00:00Z", "2027-03-08T02:00:00Z", "2027-03-15T02:00:00Z", "2027-03-22T02:00:00Z"));
            assertThat(plan.occurrences()).allSatisfy(o -> {
                assertThat(o.offset()).isEqualTo(ZoneOffset.ofHours(7));
                assertThat(o.local().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            });
        }

        @Test
        void monthlyOnTheLastFridayFollowsTheCalendar() {
            RecurrencePlan plan = expand("FREQ=MONTHLY;BYDAY=-1FR;COUNT=3", LocalDateTime.parse("2027-01-29T18:30"), JAKARTA);

            assertThat(localTimes(plan)).containsExactly(LocalDateTime.parse("2027-01-29T18:30"),
                    LocalDateTime.parse("2027-02-26T18:30"), LocalDateTime.parse("2027-03-26T18:30"));
        }
    }

    @Nested
    class Ends {

        @Test
        void countIsHonouredAndIncludesTheStart() {
            assertThat(expand("FREQ=DAILY;COUNT=3", MONDAY_BEFORE_SPRING, JAKARTA).occurrences()).hasSize(3);
            assertThat(expand("FREQ=DAILY;COUNT=1", MONDAY_BEFORE_SPRING, JAKARTA).instants())
                    .containsExactly(Instant.parse("2027-03-01T02:00:00Z"));
        }

        @Test
        void utcUntilIsAnInclusiveInstant() {
            // The fourth Monday, 2027-03-22 09:00 EDT, is 13:00Z.
            assertThat(expand("FREQ=WEEKLY;BYDAY=MO;UNTIL=20270322T130000Z", MONDAY_BEFORE_SPRING, NEW_YORK).instants())
                    .hasSize(4).last().isEqualTo(Instant.parse("2027-03-22T13:00:00Z"));
            assertThat(expand("FREQ=WEEKLY;BYDAY=MO;UNTIL=20270322T125959Z", MONDAY_BEFORE_SPRING, NEW_YORK).instants())
                    .hasSize(3).last().isEqualTo(Instant.parse("2027-03-15T13:00:00Z"));
        }

        @Test
        void localUntilIsWallClockTimeInTheScheduleZone() {
            assertThat(expand("FREQ=WEEKLY;BYDAY=MO;UNTIL=20270322T090000", MONDAY_BEFORE_SPRING, NEW_YORK).occurrences()).hasSize(4);
            assertThat(expand("FREQ=WEEKLY;BYDAY=MO;UNTIL=20270322T085959", MONDAY_BEFORE_SPRING, NEW_YORK).occurrences()).hasSize(3);
        }

        @Test
        void dateUntilIncludesThatWholeLocalDay() {
            assertThat(localTimes(expand("FREQ=WEEKLY;BYDAY=MO;UNTIL=20270322", MONDAY_BEFORE_SPRING, NEW_YORK)))
                    .hasSize(4).last().isEqualTo(LocalDateTime.parse("2027-03-22T09:00"));
            assertThat(expand("FREQ=WEEKLY;BYDAY=MO;UNTIL=20270321", MONDAY_BEFORE_SPRING, NEW_YORK).occurrences()).hasSize(3);
        }

        @Test
        void untilBeforeTheStartIsRefused() {
            InvalidRecurrenceRule problem = catchThrowableOfType(InvalidRecurrenceRule.class,
                    () -> expand("FREQ=WEEKLY;UNTIL=20270201T000000Z", MONDAY_BEFORE_SPRING, NEW_YORK));

            assertThat(problem.getMessage()).isEqualTo("Recurrence rule 'FREQ=WEEKLY;UNTIL=20270201T000000Z' is not valid:"
                    + " UNTIL 20270201T000000Z is before the first occurrence 2027-03-01T09:00 in America/New_York");
        }

        @Test
        void unboundedRuleIsRefused() {
            UnboundedRecurrence problem = catchThrowableOfType(UnboundedRecurrence.class,
                    () -> Recurrence.parse("RRULE:FREQ=WEEKLY;BYDAY=MO"));

            assertThat(problem.status()).isEqualTo(400);
            assertThat(problem.slug()).isEqualTo("unbounded-recurrence");
            assertThat(problem.getMessage()).isEqualTo("Recurrence rule 'FREQ=WEEKLY;BYDAY=MO' never ends: add COUNT (e.g. COUNT=10)"
                    + " or UNTIL (e.g. UNTIL=20271231T235959Z) to the rule, or give maxOccurrences");
            assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("recurrence");
        }

        @Test
        void aMaxOccurrencesCapBoundsAnOpenRule() {
            RecurrencePlan plan = Recurrence.parse("FREQ=WEEKLY;BYDAY=MO", 5)
                    .expand(MONDAY_BEFORE_SPRING, JAKARTA, WallClockPolicy.DEFAULT, RESOLVER);

            assertThat(plan.occurrences()).hasSize(5);
            assertThat(plan.occurrences().get(4).local()).isEqualTo(LocalDateTime.parse("2027-03-29T09:00"));
        }

        @Test
        void theFirstLimitReachedWins() {
            assertThat(Recurrence.parse("FREQ=DAILY;COUNT=10", 3)
                    .expand(MONDAY_BEFORE_SPRING, JAKARTA, WallClockPolicy.DEFAULT, RESOLVER).occurrences()).hasSize(3);
            assertThat(Recurrence.parse("FREQ=DAILY;COUNT=2", 30)
                    .expand(MONDAY_BEFORE_SPRING, JAKARTA, WallClockPolicy.DEFAULT, RESOLVER).occurrences()).hasSize(2);
        }

        @Test
        void maxOccurrencesMustBeBetweenOneAndTheLimit() {
            InvalidMaxOccurrences zero = catchThrowableOfType(InvalidMaxOccurrences.class, () -> Recurrence.parse("FREQ=DAILY", 0));
            InvalidMaxOccurrences huge = catchThrowableOfType(InvalidMaxOccurrences.class, () -> Recurrence.parse("FREQ=DAILY", 501));

            assertThat(zero.status()).isEqualTo(400);
            assertThat(zero.errors()).extracting(Problem.FieldError::field).containsExactly("maxOccurrences");
            assertThat(huge.getMessage()).isEqualTo("maxOccurrences must be between 1 and 500, got 501");
        }

        @Test
        void aCountAboveTheLimitIsRefusedUpFront() {
            TooManyOccurrences problem = catchThrowableOfType(TooManyOccurrences.class, () -> Recurrence.parse("FREQ=DAILY;COUNT=501"));

            assertThat(problem.status()).isEqualTo(400);
            assertThat(problem.getMessage()).startsWith("Recurrence rule 'FREQ=DAILY;COUNT=501' produces more than 500 publications");
        }

        @Test
        void anUntilTooFarAwayIsRefusedWhenExpanded() {
            Recurrence hourlyForYears = Recurrence.parse("FREQ=HOURLY;UNTIL=20301231T000000Z");

            assertThat(catchThrowableOfType(TooManyOccurrences.class,
                    () -> hourlyForYears.expand(MONDAY_BEFORE_SPRING, JAKARTA, WallClockPolicy.DEFAULT, RESOLVER)).slug())
                    .isEqualTo("too-many-occurrences");
        }

        @Test
        void exactlyTheLimitIsAllowed() {
            assertThat(expand("FREQ=DAILY;COUNT=500", MONDAY_BEFORE_SPRING, JAKARTA).occurrences()).hasSize(500);
        }
    }

    @Nested
    class RuleText {

        @Test
        void acceptsAnRrulePrefixAndNormalises() {
            assertThat(Recurrence.parse(" RRULE:freq=weekly;byday=mo;count=2 ").rule()).isEqualTo("FREQ=WEEKLY;BYDAY=MO;COUNT=2");
        }

        @Test
        void refusesAnUnknownFrequencyWithTheParserReason() {
            InvalidRecurrenceRule problem = catchThrowableOfType(InvalidRecurrenceRule.class,
                    () -> Recurrence.parse("FREQ=FORTNIGHTLY;COUNT=3"));

            assertThat(problem.status()).isEqualTo(400);
            assertThat(problem.slug()).isEqualTo("invalid-recurrence-rule");
            assertThat(problem.getMessage())
                    .isEqualTo("Recurrence rule 'FREQ=FORTNIGHTLY;COUNT=3' is not valid: Unknown FREQ value FORTNIGHTLY");
            assertThat(problem.errors()).containsExactly(new Problem.FieldError("recurrence", "Unknown FREQ value FORTNIGHTLY"));
        }

        @Test
        void refusesAnUnknownWeekday() {
            assertThat(catchThrowableOfType(InvalidRecurrenceRule.class, () -> Recurrence.parse("FREQ=WEEKLY;BYDAY=XX;COUNT=2"))
                    .getMessage()).endsWith("is not valid: invalid weeknum: 'XX'");
        }

        @Test
        void refusesCountWithUntil() {
            assertThat(catchThrowableOfType(InvalidRecurrenceRule.class,
                    () -> Recurrence.parse("FREQ=DAILY;COUNT=2;UNTIL=20271231T000000Z")).getMessage())
                    .endsWith("UNTIL and COUNT must not occur in the same rule.");
        }

        @ParameterizedTest
        @ValueSource(strings = {"FOO", "BYDAY=MO;COUNT=2", "FREQ=WEEKLY;BYDAY=XX;COUNT=2", "FREQ=WEEKLY;COUNT=abc",
                "FREQ=WEEKLY;INTERVAL=0;COUNT=2", "FREQ=WEEKLY;BYHOUR=25;COUNT=2", "FREQ=WEEKLY;;COUNT=3", "FREQ=WEEKLY;X-FOO=1;COUNT=2",
                "FREQ=WEEKLY;BYDAY=1MO;COUNT=2", "FREQ=WEEKLY;COUNT=-1", "FREQ=DAILY;UNTIL=tomorrow", "RRULE:", "  ",
                "FREQ=DAILY;COUNT=2\nRRULE:FREQ=WEEKLY;COUNT=2"})
        void badRulesAre400sWithoutClassNames(String text) {
            InvalidRecurrenceRule problem = catchThrowableOfType(InvalidRecurrenceRule.class, () -> Recurrence.parse(text));

            assertThat(problem.status()).isEqualTo(400);
            assertThat(problem.getMessage()).doesNotContain("org.", "java.", "Exception", "dmfs");
            assertThat(problem.errors()).singleElement().satisfies(error -> {
                assertThat(error.field()).isEqualTo("recurrence");
                assertThat(error.message()).isNotBlank().doesNotContain("org.", "java.", "Exception");
            });
        }

        @Test
        void nullAndEmptyAskForARule() {
            assertThat(catchThrowableOfType(InvalidRecurrenceRule.class, () -> Recurrence.parse(null)).getMessage())
                    .isEqualTo("The recurrence rule is empty: give a rule such as FREQ=WEEKLY;BYDAY=MO;COUNT=10");
        }

        @Test
        void aRuleThatMatchesNoDateIsRefusedWhenExpanded() {
            Recurrence thirtiethOfFebruary = Recurrence.parse("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30;COUNT=3");

            InvalidRecurrenceRule problem = catchThrowableOfType(InvalidRecurrenceRule.class,
                    () -> thirtiethOfFebruary.expand(MONDAY_BEFORE_SPRING, JAKARTA, WallClockPolicy.DEFAULT, RESOLVER));

            assertThat(problem.getMessage()).endsWith("the rule matches no date (for example BYMONTH=2;BYMONTHDAY=30)");
        }
    }

    @Nested
    class DstPolicyForOccurrences {

        /** Daily at 02:30 from Friday 12 March: the third occurrence falls in New York's gap. */
        static final LocalDateTime FRIDAY_0230 = LocalDateTime.parse("2027-03-12T02:30");

        @Test
        void anOccurrenceInAGapIsRefusedByDefault() {
            NonexistentLocalTime problem = catchThrowableOfType(NonexistentLocalTime.class,
                    () -> expand("FREQ=DAILY;COUNT=4", FRIDAY_0230, NEW_YORK));

            assertThat(problem.getMessage()).isEqualTo("Occurrence 3 of the recurrence: 2027-03-14T02:30 does not exist in"
                    + " America/New_York: clocks jump from 02:00 to 03:00; pick a time outside the gap, or send dstGap SHIFT"
                    + " to publish at 03:30");
            assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("recurrence");
        }

        @Test
        void anOccurrenceInAGapIsShiftedWhenAskedAndOnlyThatOne() {
            RecurrencePlan plan = Recurrence.parse("FREQ=DAILY;COUNT=4").expand(FRIDAY_0230, NEW_YORK, SHIFT, RESOLVER);

            assertThat(localTimes(plan)).containsExactly(LocalDateTime.parse("2027-03-12T02:30"),
                    LocalDateTime.parse("2027-03-13T02:30"), LocalDateTime.parse("2027-03-14T03:30"),
                    LocalDateTime.parse("2027-03-15T02:30"));
            assertThat(plan.occurrences().get(2).notes()).extracting(TimingNote::kind).containsExactly(TimingNote.Kind.DST_GAP_SHIFTED);
            assertThat(plan.occurrences().get(3).notes()).isEmpty();
        }

        @Test
        void aStartInAGapIsRefusedOnTheAtField() {
            NonexistentLocalTime problem = catchThrowableOfType(NonexistentLocalTime.class,
                    () -> expand("FREQ=DAILY;COUNT=2", LocalDateTime.parse("2027-03-14T02:30"), NEW_YORK));

            assertThat(problem.getMessage()).startsWith("2027-03-14T02:30 does not exist in America/New_York");
            assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("at");
        }

        @Test
        void aGapBeyondTheEndOfTheSeriesIsNeverLookedAt() {
            // The third day, 14 March 02:30, is in the gap, but each series ends before it.
            assertThat(Recurrence.parse("FREQ=DAILY", 2).expand(FRIDAY_0230, NEW_YORK, WallClockPolicy.DEFAULT, RESOLVER).occurrences())
                    .hasSize(2);
            assertThat(expand("FREQ=DAILY;COUNT=2", FRIDAY_0230, NEW_YORK).occurrences()).hasSize(2);
            assertThat(expand("FREQ=DAILY;UNTIL=20270313T080000Z", FRIDAY_0230, NEW_YORK).instants())
                    .containsExactlyElementsOf(instants("2027-03-12T07:30:00Z", "2027-03-13T07:30:00Z"));
        }

        @Test
        void anOccurrenceInAnOverlapTakesThePolicyOffset() {
            LocalDateTime saturday0130 = LocalDateTime.parse("2027-11-06T01:30");
            Recurrence daily = Recurrence.parse("FREQ=DAILY;COUNT=3");

            ResolvedTime earlier = daily.expand(saturday0130, NEW_YORK, WallClockPolicy.DEFAULT, RESOLVER).occurrences().get(1);
            ResolvedTime later = daily.expand(saturday0130, NEW_YORK, new WallClockPolicy(DstGap.REFUSE, DstOverlap.LATER), RESOLVER)
                    .occurrences().get(1);

            assertThat(earlier.offset()).isEqualTo(ZoneOffset.ofHours(-4));
            assertThat(later.offset()).isEqualTo(ZoneOffset.ofHours(-5));
            assertThat(earlier.notes()).extracting(TimingNote::kind).containsExactly(TimingNote.Kind.DST_OVERLAP_RESOLVED);
        }

        @Test
        void occurrencesShiftedOntoEachOtherArePublishedOnce() {
            RecurrencePlan plan = Recurrence.parse("FREQ=MINUTELY;INTERVAL=30;COUNT=6")
                    .expand(LocalDateTime.parse("2027-03-14T01:00"), NEW_YORK, SHIFT, RESOLVER);

            assertThat(plan.instants()).containsExactlyElementsOf(instants(
                    "2027-03-14T06:00:00Z", "2027-03-14T06:30:00Z", "2027-03-14T07:00:00Z", "2027-03-14T07:30:00Z"));
            assertThat(plan.notes()).extracting(TimingNote::kind).containsExactly(
                    TimingNote.Kind.DUPLICATE_OCCURRENCE_DROPPED, TimingNote.Kind.DUPLICATE_OCCURRENCE_DROPPED);
        }
    }

    @Nested
    class Start {

        @Test
        void aStartOffTheRuleIsPublishedOnceAndCountsAsRfc5545Says() {
            RecurrencePlan plan = expand(WEEKLY_MONDAY_4.replace("COUNT=4", "COUNT=3"), LocalDateTime.parse("2027-03-02T09:00"), JAKARTA);

            assertThat(localTimes(plan)).containsExactly(LocalDateTime.parse("2027-03-02T09:00"),
                    LocalDateTime.parse("2027-03-08T09:00"), LocalDateTime.parse("2027-03-15T09:00"));
            assertThat(plan.notes()).containsExactly(new TimingNote(TimingNote.Kind.START_NOT_IN_RULE,
                    "2027-03-02T09:00 does not match FREQ=WEEKLY;BYDAY=MO;COUNT=3; it is published once as the first occurrence,"
                            + " then the rule continues on 2027-03-08T09:00"));
        }

        @Test
        void aStartInThePastIsRefused() {
            TimeInPast problem = catchThrowableOfType(TimeInPast.class,
                    () -> expand(WEEKLY_MONDAY_4, LocalDateTime.parse("2026-11-30T09:00"), JAKARTA));

            assertThat(problem.slug()).isEqualTo("time-in-past");
            assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("at");
        }

        @Test
        void subSecondPrecisionIsDropped() {
            assertThat(expand("FREQ=DAILY;COUNT=1", MONDAY_BEFORE_SPRING.withNano(123_000_000), JAKARTA).instants())
                    .containsExactly(Instant.parse("2027-03-01T02:00:00Z"));
        }
    }

    @Nested
    class MinimumGap {

        static final Duration WEEK = Duration.ofDays(7);
        static final RecurrencePlan MONDAYS = expand(WEEKLY_MONDAY_4, MONDAY_BEFORE_SPRING, JAKARTA);

        @Test
        void skipsAnOccurrenceTooSoonAfterThePreviousPublicationAndSaysWhy() {
            Instant fourDaysBefore = Instant.parse("2027-02-25T02:00:00Z");

            ChannelPublications channel = MONDAYS.forChannel(fourDaysBefore, WEEK);

            assertThat(channel.instants()).containsExactlyElementsOf(instants(
                    "2027-03-08T02:00:00Z", "2027-03-15T02:00:00Z", "2027-03-22T02:00:00Z"));
            assertThat(channel.skipped()).extracting(ResolvedTime::instant).containsExactly(Instant.parse("2027-03-01T02:00:00Z"));
            assertThat(channel.notes()).containsExactly(new TimingNote(TimingNote.Kind.OCCURRENCE_TOO_CLOSE_SKIPPED,
                    "2027-03-01T09:00 (2027-03-01T02:00:00Z) is skipped: it comes 4 days after the previous publication on this"
                            + " channel (2027-02-25T02:00:00Z), less than the minimum gap of 7 days"));
        }

        @Test
        void measuresFromTheLastKeptOccurrenceSoADenseRuleIsThinned() {
            RecurrencePlan daily = expand("FREQ=DAILY;COUNT=7", MONDAY_BEFORE_SPRING, JAKARTA);

            ChannelPublications channel = daily.forChannel(null, Duration.ofDays(3));

            assertThat(channel.publications()).extracting(o -> o.local().toLocalDate().toString())
                    .containsExactly("2027-03-01", "2027-03-04", "2027-03-07");
            assertThat(channel.skipped()).hasSize(4);
        }

        @Test
        void anOccurrenceExactlyTheGapAfterIsKept() {
            assertThat(MONDAYS.forChannel(Instant.parse("2027-02-22T02:00:00Z"), WEEK).publications()).hasSize(4);
        }

        @Test
        void noGapKeepsEverything() {
            assertThat(MONDAYS.forChannel(Instant.parse("2027-02-28T00:00:00Z"), Duration.ZERO).publications()).hasSize(4);
            assertThat(MONDAYS.forChannel(Instant.parse("2027-02-28T00:00:00Z"), null).skipped()).isEmpty();
        }

        @Test
        void refusesWhenEveryOccurrenceWouldBeSkipped() {
            NoOccurrenceOutsideMinimumGap problem = catchThrowableOfType(NoOccurrenceOutsideMinimumGap.class,
                    () -> MONDAYS.forChannel(Instant.parse("2027-02-28T00:00:00Z"), Duration.ofDays(30)));

            assertThat(problem.status()).isEqualTo(422);
            assertThat(problem.getMessage()).isEqualTo("Every occurrence (the last on 2027-03-22T02:00:00Z) comes less than 30 days"
                    + " after this post's previous publication on the channel (2027-02-28T00:00:00Z): move the recurrence later"
                    + " or lower the minimum gap");
            assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("minimumGap");
        }

        @Test
        void refusesANegativeGap() {
            assertThat(catchThrowableOfType(InvalidMinimumGap.class, () -> MONDAYS.forChannel(null, Duration.ofDays(-1))).status())
                    .isEqualTo(400);
        }
    }
}
