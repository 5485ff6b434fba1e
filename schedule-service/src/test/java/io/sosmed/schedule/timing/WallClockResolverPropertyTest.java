package io.sosmed.schedule.timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import io.sosmed.platform.problem.Problem;
import io.sosmed.schedule.timing.TimeArbitraries.ZonedLocal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

class WallClockResolverPropertyTest {

    static final WallClockPolicy SHIFT_EARLIER = new WallClockPolicy(DstGap.SHIFT, DstOverlap.EARLIER);
    static final WallClockPolicy SHIFT_LATER = new WallClockPolicy(DstGap.SHIFT, DstOverlap.LATER);

    static Gen<ZonedLocal> times() {
        return TimeArbitraries.zonedLocals();
    }

    @Test
    void byDefaultATimeIsEitherRefusedAsAGapOrRoundTripsToTheSameLocalTime() {
        Tries tries = new Tries();
        qt().withExamples(Tries.EXAMPLES).forAll(times()).checkAssert(time -> {
            tries.count();
            tries.collect(TimeArbitraries.inGap(time) ? "gap" : TimeArbitraries.inOverlap(time) ? "overlap" : "plain");
            if (TimeArbitraries.inGap(time)) {
                NonexistentLocalTime refused = catchThrowableOfType(NonexistentLocalTime.class,
                        () -> WallClockResolver.resolveInZone(time.local(), time.zone(), WallClockPolicy.DEFAULT));
                assertThat(refused.status()).isEqualTo(422);
                assertThat(refused.getMessage()).startsWith(time.local() + " does not exist in " + time.zone().getId() + ": clocks jump from ");
                return;
            }
            ResolvedTime resolved = WallClockResolver.resolveInZone(time.local(), time.zone(), WallClockPolicy.DEFAULT);

            assertThat(LocalDateTime.ofInstant(resolved.instant(), time.zone())).isEqualTo(time.local());
            assertThat(resolved.local()).isEqualTo(time.local());
            assertThat(resolved.offset()).isEqualTo(time.zone().getRules().getOffset(resolved.instant()));
            assertThat(resolved.notes()).hasSize(TimeArbitraries.inOverlap(time) ? 1 : 0);
        });
        tries.assertEnough();
        // The generator must really reach gaps and overlaps, or this property proves little.
        tries.assertCoverage("gap", 5);
        tries.assertCoverage("overlap", 5);
    }

    @Test
    void shiftAndOverlapChoicesAgreeWithJavaTime() {
        Tries tries = new Tries();
        qt().withExamples(Tries.EXAMPLES).forAll(times()).checkAssert(time -> {
            tries.count();
            ZonedDateTime javaTime = time.local().atZone(time.zone());

            ResolvedTime earlier = WallClockResolver.resolveInZone(time.local(), time.zone(), SHIFT_EARLIER);
            ResolvedTime later = WallClockResolver.resolveInZone(time.local(), time.zone(), SHIFT_LATER);

            assertThat(earlier.instant()).isEqualTo(javaTime.withEarlierOffsetAtOverlap().toInstant());
            assertThat(later.instant()).isEqualTo(javaTime.withLaterOffsetAtOverlap().toInstant());
            assertThat(earlier.local()).isEqualTo(javaTime.toLocalDateTime());
            assertThat(earlier.offset()).isEqualTo(javaTime.withEarlierOffsetAtOverlap().getOffset());
            assertThat(later.offset()).isEqualTo(javaTime.withLaterOffsetAtOverlap().getOffset());
            assertThat(earlier.instant()).isBeforeOrEqualTo(later.instant());
        });
        tries.assertEnough();
    }

    @Test
    void aShiftIsForwardByExactlyTheGapAndAlwaysReported() {
        Tries tries = new Tries();
        qt().withExamples(Tries.EXAMPLES).forAll(times()).checkAssert(time -> {
            tries.count();
            ResolvedTime resolved = WallClockResolver.resolveInZone(time.local(), time.zone(), SHIFT_EARLIER);

            if (TimeArbitraries.inGap(time)) {
                Duration gap = time.zone().getRules().getTransition(time.local()).getDuration();
                assertThat(Duration.between(time.local(), resolved.local())).isEqualTo(gap);
                assertThat(resolved.shifted()).isTrue();
                assertThat(resolved.notes()).extracting(TimingNote::kind).containsExactly(TimingNote.Kind.DST_GAP_SHIFTED);
            } else {
                assertThat(resolved.shifted()).isFalse();
                assertThat(resolved.notes()).extracting(TimingNote::kind).doesNotContain(TimingNote.Kind.DST_GAP_SHIFTED);
            }
        });
        tries.assertEnough();
    }

    @Test
    void anOverlapsTwoInstantsAreExactlyTheOverlapApart() {
        Tries tries = new Tries();
        qt().withExamples(Tries.EXAMPLES).forAll(times()).checkAssert(time -> {
            tries.count();
            ResolvedTime earlier = WallClockResolver.resolveInZone(time.local(), time.zone(), WallClockPolicy.of(DstGap.SHIFT, null));
            ResolvedTime later = WallClockResolver.resolveInZone(time.local(), time.zone(), SHIFT_LATER);

            Duration apart = Duration.between(earlier.instant(), later.instant());
            if (TimeArbitraries.inOverlap(time)) {
                assertThat(apart).isEqualTo(time.zone().getRules().getTransition(time.local()).getDuration().negated());
                assertThat(later.notes()).extracting(TimingNote::kind).containsExactly(TimingNote.Kind.DST_OVERLAP_RESOLVED);
            } else {
                assertThat(apart).isZero();
            }
        });
        tries.assertEnough();
    }

    /** Every zone, not a sample: there are only about 600. */
    @Test
    void everyAvailableZoneIdIsAccepted() {
        assertThat(TimeArbitraries.ZONE_IDS).hasSizeGreaterThan(400).allSatisfy(id -> {
            ZoneId zone = ZoneId.of(id);
            assertThat(WallClockResolver.zone(zone.getId())).isEqualTo(zone);
        });
        System.out.println("WallClockResolverPropertyTest.everyAvailableZoneIdIsAccepted: all " + TimeArbitraries.ZONE_IDS.size() + " zones");
    }

    /** Characters of the random texts: 'A' to 'z' (letters and [\]^_`) and what zone ids and offsets are made of. */
    static final List<Character> ZONE_TEXT_CHARACTERS = Stream.concat(
                    IntStream.rangeClosed('A', 'z').mapToObj(c -> (char) c),
                    Stream.of('/', '+', '-', ':', ' '))
            .toList();

    static Gen<String> notZoneIds() {
        Gen<String> texts = SourceDSL.lists().of(Generate.pick(ZONE_TEXT_CHARACTERS)).ofSizeBetween(0, 30)
                .map(characters -> characters.stream().map(String::valueOf).collect(Collectors.joining()));
        Gen<String> upperCaseZones = TimeArbitraries.zones().map(zone -> zone.getId().toUpperCase());
        Gen<String> offsets = Generate.range(-18, 18).map(hours -> ZoneOffset.ofHours(hours).getId());
        return Generate.oneOf(texts, upperCaseZones, offsets).assuming(id -> !TimeArbitraries.ZONE_IDS.contains(id));
    }

    /**
     * Two of the three kinds of text come from small sets (about 600 upper-cased zones, 37 offsets), whose repeats
     * QuickTheories skips, so this run asks for more examples to still call the property {@link Tries#MINIMUM} times.
     */
    @Test
    void anyOtherTextIsA400OnTheZoneField() {
        Tries tries = new Tries();
        qt().withExamples(3 * Tries.MINIMUM).withGenerateAttempts(Tries.FILTER_ATTEMPTS).forAll(notZoneIds()).checkAssert(id -> {
            tries.count();
            UnknownTimeZone problem = catchThrowableOfType(UnknownTimeZone.class, () -> WallClockResolver.zone(id));

            assertThat(problem.status()).isEqualTo(400);
            assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("zone");
        });
        tries.assertEnough();
    }

    @Test
    void aTimeIsRefusedAsPastExactlyWhenItIsBeforeNowMinusTheGrace() {
        Tries tries = new Tries();
        Instant now = Instant.parse("2027-06-15T12:00:00Z");
        qt().withExamples(Tries.EXAMPLES)
                .forAll(TimeArbitraries.zones(), Generate.range(-600, 600), Generate.range(0, 300))
                .checkAssert((zone, secondsFromNow, graceSeconds) -> {
                    tries.count();
                    WallClockResolver resolver = new WallClockResolver(Clock.fixed(now, ZoneOffset.UTC), Duration.ofSeconds(graceSeconds));
                    Instant requested = now.plusSeconds(secondsFromNow);
                    LocalDateTime local = LocalDateTime.ofInstant(requested, zone);

                    if (secondsFromNow < -graceSeconds) {
                        assertThat(catchThrowableOfType(TimeInPast.class, () -> resolver.resolve(local, zone, WallClockPolicy.DEFAULT)).slug())
                                .isEqualTo("time-in-past");
                    } else {
                        assertThat(resolver.resolve(local, zone, WallClockPolicy.DEFAULT).instant()).isEqualTo(requested);
                    }
                });
        tries.assertEnough();
    }
}
