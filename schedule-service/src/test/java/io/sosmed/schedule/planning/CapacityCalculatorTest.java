package io.sosmed.schedule.planning;

import static org.assertj.core.api.Assertions.assertThat;

import io.sosmed.schedule.timing.QueueSlot;
import io.sosmed.schedule.timing.QueueSlots;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CapacityCalculatorTest {

    private static final CapacityCalculator.ChannelRef CHANNEL = new CapacityCalculator.ChannelRef("c1", "MASTODON", "@acme");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void weekIsTheIsoWeekHoldingTheDayInTheQueueZone() {
        assertThat(CapacityCalculator.monday(LocalDate.of(2027, 3, 14))).isEqualTo(LocalDate.of(2027, 3, 8));
        assertThat(CapacityCalculator.monday(LocalDate.of(2027, 3, 8))).isEqualTo(LocalDate.of(2027, 3, 8));
        Instant[] week = CapacityCalculator.week(LocalDate.of(2027, 3, 8), NEW_YORK);
        assertThat(week[0]).isEqualTo(Instant.parse("2027-03-08T05:00:00Z"));
        assertThat(week[1]).isEqualTo(Instant.parse("2027-03-15T04:00:00Z"));
    }

    @Test
    void aSlotInTheDstGapIsNotCapacity() {
        QueueSlots queue = QueueSlots.of(NEW_YORK, QueueSlot.of(DayOfWeek.SUNDAY, 2, 30), QueueSlot.of(DayOfWeek.MONDAY, 9, 0));
        Instant[] dstWeek = CapacityCalculator.week(LocalDate.of(2027, 3, 8), NEW_YORK);
        Instant[] nextWeek = CapacityCalculator.week(LocalDate.of(2027, 3, 15), NEW_YORK);

        assertThat(CapacityCalculator.slots(queue, dstWeek[0], dstWeek[1])).isEqualTo(1);
        assertThat(CapacityCalculator.slots(queue, nextWeek[0], nextWeek[1])).isEqualTo(2);
        assertThat(CapacityCalculator.slots(null, nextWeek[0], nextWeek[1])).isZero();
    }

    @Test
    void moreThanTheThresholdCommittedWarnsAndExactlyTheThresholdDoesNot() {
        Instant from = Instant.parse("2027-03-15T00:00:00Z");
        Instant to = Instant.parse("2027-03-22T00:00:00Z");

        ChannelCapacity atLimit = CapacityCalculator.capacity(CHANNEL, ZoneId.of("UTC"), from, to, 10, 8, 80);
        assertThat(atLimit.committedShare()).isEqualTo(80.0);
        assertThat(atLimit.free()).isEqualTo(2);
        assertThat(atLimit.overCommitted()).isFalse();
        assertThat(atLimit.warning()).isNull();

        ChannelCapacity over = CapacityCalculator.capacity(CHANNEL, ZoneId.of("UTC"), from, to, 10, 9, 80);
        assertThat(over.committedShare()).isEqualTo(90.0);
        assertThat(over.overCommitted()).isTrue();
        assertThat(over.warning()).contains("90.0%").contains("20% free");

        ChannelCapacity beyond = CapacityCalculator.capacity(CHANNEL, ZoneId.of("UTC"), from, to, 2, 5, 80);
        assertThat(beyond.free()).isZero();
        assertThat(beyond.committedShare()).isEqualTo(250.0);
    }

    @Test
    void postsInAWeekWithoutSlotsWarnAndAnEmptyWeekDoesNot() {
        Instant from = Instant.parse("2027-03-15T00:00:00Z");
        Instant to = Instant.parse("2027-03-22T00:00:00Z");

        ChannelCapacity noSlots = CapacityCalculator.capacity(CHANNEL, ZoneId.of("UTC"), from, to, 0, 2, 80);
        assertThat(noSlots.committedShare()).isNull();
        assertThat(noSlots.overCommitted()).isTrue();
        assertThat(noSlots.warning()).contains("without queue slots");

        ChannelCapacity empty = CapacityCalculator.capacity(CHANNEL, ZoneId.of("UTC"), from, to, 0, 0, 80);
        assertThat(empty.overCommitted()).isFalse();
        assertThat(CapacityCalculator.totals(java.util.List.of(over(), empty), 80))
                .isEqualTo(new CapacityReport.Totals(10, 9, 90.0, true));
    }

    private static ChannelCapacity over() {
        return CapacityCalculator.capacity(CHANNEL, ZoneId.of("UTC"), Instant.EPOCH, Instant.EPOCH.plusSeconds(1), 10, 9, 80);
    }
}
