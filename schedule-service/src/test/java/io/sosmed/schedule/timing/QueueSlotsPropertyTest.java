package io.sosmed.schedule.timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

class QueueSlotsPropertyTest {

    /** A queue, a moment to look from and the slots other posts already hold. */
    record Situation(QueueSlots queue, Instant after, Set<Instant> taken) {
    }

    static Gen<QueueSlot> slots() {
        // Quarter hours, with the small hours well represented since that is where DST changes happen.
        Gen<LocalTime> times = Generate.frequency(
                Pair.of(1, Generate.range(0, 95).map(quarter -> LocalTime.of(quarter / 4, quarter % 4 * 15))),
                Pair.of(1, Generate.range(0, 15).map(quarter -> LocalTime.of(quarter / 4, quarter % 4 * 15))));
        return Generate.enumValues(DayOfWeek.class).zip(times, QueueSlot::new);
    }

    /** A random subset of {@code values}: its size equally likely from none to all, then which ones equally likely. */
    static <T> Gen<Set<T>> subsetOf(List<T> values) {
        return Generate.range(0, values.size()).flatMap(size -> random -> {
            List<T> remaining = new ArrayList<>(values);
            List<T> chosen = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                chosen.add(remaining.remove((int) Generate.range(0, remaining.size() - 1).generate(random)));
            }
            return Set.copyOf(chosen);
        });
    }

    static Gen<Situation> situations() {
        Gen<List<QueueSlot>> slotLists = SourceDSL.lists().of(slots()).ofSizeBetween(1, 8);
        Gen<TimeArbitraries.ZonedLocal> near = TimeArbitraries.zonedLocals().assuming(time -> time.local().getYear() >= 2000);
        return near.zip(slotLists, Pair::of).flatMap(whereAndSlots -> {
            TimeArbitraries.ZonedLocal where = whereAndSlots._1;
            QueueSlots queue = new QueueSlots(where.zone(), whereAndSlots._2);
            Instant around = where.local().minusDays(3).atZone(where.zone()).toInstant();
            List<Instant> upcoming = queue.slotsBetween(around, around.plus(Duration.ofDays(28)));
            // Often look from exactly a slot instant: "after" must then mean strictly after.
            Gen<Instant> after = upcoming.isEmpty() ? Generate.constant(around)
                    : Generate.oneOf(Generate.constant(around), Generate.pick(upcoming.subList(0, Math.min(3, upcoming.size()))));
            Gen<Set<Instant>> taken = upcoming.isEmpty() ? Generate.constant(Set.of()) : subsetOf(upcoming);
            return after.zip(taken, (from, set) -> new Situation(queue, from, set));
        });
    }

    @Test
    void theNextFreeSlotIsLaterFreeARealSlotAndTheFirstSuch() {
        Tries tries = new Tries();
        qt().withExamples(Tries.EXAMPLES).withGenerateAttempts(Tries.FILTER_ATTEMPTS).forAll(situations()).checkAssert(situation -> {
            tries.count();
            QueueSlots queue = situation.queue();

            Instant next = queue.nextFreeSlot(situation.after(), situation.taken());

            assertThat(next).isAfter(situation.after());
            assertThat(situation.taken()).doesNotContain(next);
            LocalDateTime local = LocalDateTime.ofInstant(next, queue.zone());
            assertThat(queue.slots()).contains(new QueueSlot(local.getDayOfWeek(), local.toLocalTime()));
            assertThat(situation.taken()).containsAll(queue.slotsBetween(situation.after().plusNanos(1), next));
        });
        tries.assertEnough();
    }

    @Test
    void slotInstantsAreInOrderOnePerExistingSlotTimeAndNeverInAGap() {
        Tries tries = new Tries();
        qt().withExamples(Tries.EXAMPLES).withGenerateAttempts(Tries.FILTER_ATTEMPTS).forAll(situations()).checkAssert(situation -> {
            tries.count();
            QueueSlots queue = situation.queue();
            Instant from = situation.after();

            List<Instant> instants = queue.slotsBetween(from, from.plus(Duration.ofDays(21)));

            assertThat(instants).isSorted().doesNotHaveDuplicates();
            assertThat(instants).allSatisfy(instant -> {
                LocalDateTime local = LocalDateTime.ofInstant(instant, queue.zone());
                assertThat(queue.slots()).contains(new QueueSlot(local.getDayOfWeek(), local.toLocalTime()));
                assertThat(queue.zone().getRules().getValidOffsets(local)).isNotEmpty();
            });
            // Oracle from java.time alone: each slot time that exists on a day of the window, at its earlier offset.
            long existingSlotTimes = from.atZone(queue.zone()).toLocalDate().minusDays(1)
                    .datesUntil(from.plus(Duration.ofDays(22)).atZone(queue.zone()).toLocalDate())
                    .flatMap(day -> queue.slots().stream().filter(slot -> slot.day() == day.getDayOfWeek())
                            .map(slot -> LocalDateTime.of(day, slot.time())))
                    .filter(local -> !queue.zone().getRules().getValidOffsets(local).isEmpty())
                    .map(local -> local.atZone(queue.zone()).toInstant())
                    .filter(instant -> !instant.isBefore(from) && instant.isBefore(from.plus(Duration.ofDays(21))))
                    .count();
            assertThat(instants).hasSize((int) existingSlotTimes);
        });
        tries.assertEnough();
    }
}
