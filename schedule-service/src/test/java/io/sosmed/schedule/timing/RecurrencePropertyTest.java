package io.sosmed.schedule.timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import io.sosmed.schedule.timing.TimeArbitraries.ZonedLocal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

class RecurrencePropertyTest {

    /** Before every generated start, so the past check never interferes. */
    static final Instant NOW = Instant.parse("2019-01-01T00:00:00Z");
    static final WallClockResolver RESOLVER = new WallClockResolver(Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(1));
    static final WallClockPolicy SHIFT = new WallClockPolicy(DstGap.SHIFT, DstOverlap.EARLIER);
    static final DateTimeFormatter UNTIL_FORMAT = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    /** Starts a few weeks before a real transition, so weekly series cross it; years from 2020 keep them after NOW. */
    static Gen<ZonedLocal> starts() {
        return TimeArbitraries.zonedLocals()
                .assuming(time -> time.local().getYear() >= 2020)
                .map(time -> new ZonedLocal(time.zone(), time.local().minusWeeks(3)));
    }

    /** {@link #starts()} is filtered (years from 2020 only): allow enough rejected draws per example. */
    static QuickTheory theory() {
        return qt().withExamples(Tries.EXAMPLES).withGenerateAttempts(Tries.FILTER_ATTEMPTS);
    }

    static String weekly(LocalDateTime start, int count) {
        String day = start.getDayOfWeek().name().substring(0, 2).toUpperCase(Locale.ROOT);
        return "FREQ=WEEKLY;BYDAY=" + day + ";COUNT=" + count;
    }

    @Test
    void aWeeklyRuleKeepsTheWallClockTimeOrShiftsOutOfAGapAndSaysSo() {
        Tries tries = new Tries();
        theory().forAll(starts(), Generate.range(1, 8)).checkAssert((start, count) -> {
            tries.count();
            RecurrencePlan plan = Recurrence.parse(weekly(start.local(), count)).expand(start.local(), start.zone(), SHIFT, RESOLVER);

            assertThat(plan.occurrences()).hasSize(count);
            for (int week = 0; week < count; week++) {
                ResolvedTime occurrence = plan.occurrences().get(week);
                LocalDateTime wanted = start.local().plusWeeks(week);
                assertThat(occurrence.requested()).isEqualTo(wanted);
                if (TimeArbitraries.inGap(new ZonedLocal(start.zone(), wanted))) {
                    assertThat(occurrence.shifted()).isTrue();
                    assertThat(occurrence.notes()).extracting(TimingNote::kind).containsExactly(TimingNote.Kind.DST_GAP_SHIFTED);
                } else {
                    assertThat(occurrence.local()).isEqualTo(wanted);
                    assertThat(LocalDateTime.ofInstant(occurrence.instant(), start.zone())).isEqualTo(wanted);
                }
            }
            assertThat(plan.instants()).isSorted().doesNotHaveDuplicates();
        });
        tries.assertEnough();
    }

    @Test
    void byDefaultASeriesIsRefusedIfAndOnlyIfOneOfItsTimesFallsInAGap() {
        Tries tries = new Tries();
        theory().forAll(starts(), Generate.range(1, 8)).checkAssert((start, count) -> {
            tries.count();
            List<LocalDateTime> wanted = new ArrayList<>();
            for (int week = 0; week < count; week++) {
                wanted.add(start.local().plusWeeks(week));
            }
            boolean hitsGap = wanted.stream().anyMatch(local -> TimeArbitraries.inGap(new ZonedLocal(start.zone(), local)));
            Recurrence recurrence = Recurrence.parse(weekly(start.local(), count));

            if (hitsGap) {
                assertThat(catchThrowableOfType(NonexistentLocalTime.class,
                        () -> recurrence.expand(start.local(), start.zone(), WallClockPolicy.DEFAULT, RESOLVER)).slug())
                        .isEqualTo("nonexistent-local-time");
            } else {
                RecurrencePlan plan = recurrence.expand(start.local(), start.zone(), WallClockPolicy.DEFAULT, RESOLVER);
                assertThat(plan.occurrences()).extracting(ResolvedTime::local).containsExactlyElementsOf(wanted);
            }
        });
        tries.assertEnough();
    }

    @Test
    void aUtcUntilIsNeverPassedAndNothingBeforeItIsLost() {
        Tries tries = new Tries();
        theory().forAll(starts(), Generate.range(0, 30 * 24)).checkAssert((start, hoursAfterStart) -> {
            tries.count();
            Instant first = WallClockResolver.resolveInZone(start.local(), start.zone(), SHIFT).instant();
            Instant until = first.plus(Duration.ofHours(hoursAfterStart));
            String rule = "FREQ=DAILY;UNTIL=" + UNTIL_FORMAT.format(until.atOffset(ZoneOffset.UTC));

            RecurrencePlan plan = Recurrence.parse(rule).expand(start.local(), start.zone(), SHIFT, RESOLVER);
            RecurrencePlan unbounded = Recurrence.parse("FREQ=DAILY", 40).expand(start.local(), start.zone(), SHIFT, RESOLVER);

            assertThat(plan.instants()).allSatisfy(instant -> assertThat(instant).isBeforeOrEqualTo(until));
            assertThat(plan.instants()).containsExactlyElementsOf(
                    unbounded.instants().stream().filter(instant -> !instant.isAfter(until)).toList());
        });
        tries.assertEnough();
    }

    @Test
    void theMinimumGapHoldsBetweenEveryTwoPublicationsAndNothingIsLostSilently() {
        Tries tries = new Tries();
        theory().forAll(starts(), Generate.range(0, 72), Generate.range(1, 96)).checkAssert((start, gapHours, previousHoursBefore) -> {
            tries.count();
            RecurrencePlan plan = Recurrence.parse("FREQ=HOURLY;INTERVAL=7;COUNT=20").expand(start.local(), start.zone(), SHIFT, RESOLVER);
            Duration gap = Duration.ofHours(gapHours);
            Instant previous = plan.occurrences().get(0).instant().minus(Duration.ofHours(previousHoursBefore));
            Instant last = plan.occurrences().get(plan.occurrences().size() - 1).instant();

            if (last.isBefore(previous.plus(gap))) {
                assertThat(catchThrowableOfType(NoOccurrenceOutsideMinimumGap.class, () -> plan.forChannel(previous, gap)).status())
                        .isEqualTo(422);
                return;
            }
            ChannelPublications channel = plan.forChannel(previous, gap);

            List<Instant> published = new ArrayList<>(List.of(previous));
            published.addAll(channel.instants());
            for (int i = 1; i < published.size(); i++) {
                assertThat(Duration.between(published.get(i - 1), published.get(i))).isGreaterThanOrEqualTo(gap);
            }
            assertThat(channel.publications().size() + channel.skipped().size()).isEqualTo(plan.occurrences().size());
            assertThat(channel.notes()).hasSameSizeAs(channel.skipped());
            for (ResolvedTime skipped : channel.skipped()) {
                Instant lastKeptBefore = published.stream().filter(instant -> instant.isBefore(skipped.instant()))
                        .reduce((a, b) -> b).orElseThrow();
                assertThat(Duration.between(lastKeptBefore, skipped.instant())).isLessThan(gap);
            }
        });
        tries.assertEnough();
    }

    @Test
    void maxOccurrencesCapsAnOpenRule() {
        Tries tries = new Tries();
        theory().forAll(starts(), Generate.range(1, 60)).checkAssert((start, cap) -> {
            tries.count();
            RecurrencePlan plan = Recurrence.parse("FREQ=DAILY", cap).expand(start.local(), start.zone(), SHIFT, RESOLVER);

            assertThat(plan.occurrences()).hasSize(cap);
            assertThat(plan.instants()).isSorted().doesNotHaveDuplicates();
        });
        tries.assertEnough();
    }

    static final String RULE_CHARACTERS = "FREQ=WEKLYDAIMONTHBCU;:0123456789-,X ";

    /**
     * Up to 40 characters of RRULE-like text: up to 32 characters nine times in ten, each length equally likely, the
     * longer ones otherwise.
     */
    static Gen<String> ruleLikeText() {
        Gen<Integer> lengths = Generate.frequency(Pair.of(9, Generate.range(0, 32)), Pair.of(1, Generate.range(33, 40)));
        Gen<Character> characters = Generate.pick(RULE_CHARACTERS.chars().mapToObj(c -> (char) c).toList());
        return SourceDSL.lists().of(characters).ofSizes(lengths)
                .map(text -> text.stream().map(String::valueOf).collect(Collectors.joining()));
    }

    @Test
    void anyTextIsEitherARuleOrA400WithoutJavaNames() {
        Tries tries = new Tries();
        qt().withExamples(Tries.EXAMPLES).forAll(ruleLikeText()).checkAssert(text -> {
            tries.count();
            try {
                Recurrence recurrence = Recurrence.parse(text, 3);
                assertThat(recurrence.rule()).contains("FREQ=");
            } catch (InvalidRecurrenceRule | UnboundedRecurrence | TooManyOccurrences problem) {
                assertThat(problem.status()).isEqualTo(400);
                assertThat(problem.getMessage()).doesNotContain("org.", "java.", "Exception");
            }
        });
        tries.assertEnough();
    }
}
