package io.sosmed.schedule.planning;

import io.sosmed.schedule.timing.QueueSlots;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/** Computes a channel's committed share of a week (pure). */
final class CapacityCalculator {

    private CapacityCalculator() {
    }

    /** The Monday of the ISO week that holds {@code day}. */
    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The week's bounds in {@code zone}: Monday 00:00 (or the first instant of that day) to the next Monday's. */
    static Instant[] week(LocalDate monday, ZoneId zone) {
        return new Instant[] {monday.atStartOfDay(zone).toInstant(), monday.plusWeeks(1).atStartOfDay(zone).toInstant()};
    }

    /** Slot instants of the queue in {@code [from, to)}. */
    static int slots(QueueSlots queue, Instant from, Instant to) {
        return queue == null ? 0 : queue.slotsBetween(from, to).size();
    }

    static ChannelCapacity capacity(ChannelRef channel, ZoneId zone, Instant from, Instant to, int slots, long planned,
            int warningPercent) {
        long free = Math.max(0, slots - planned);
        Double committed = slots == 0 ? null : MixCalculator.percent(planned, slots);
        String warning = null;
        if (slots == 0 && planned > 0) {
            warning = planned + " post(s) planned in a week without queue slots: add slots or move posts";
        } else if (committed != null && committed > warningPercent) {
            warning = committed + "% of the week's " + slots + " queue slots are planned: keep at least "
                    + (100 - warningPercent) + "% free for last-minute posts";
        }
        return new ChannelCapacity(channel.channelId(), channel.network(), channel.handle(), zone.getId(), from, to, slots,
                planned, free, committed, warning != null, warning);
    }

    static CapacityReport.Totals totals(List<ChannelCapacity> channels, int warningPercent) {
        long slots = channels.stream().mapToLong(ChannelCapacity::slotsAvailable).sum();
        long planned = channels.stream().mapToLong(ChannelCapacity::planned).sum();
        Double committed = slots == 0 ? null : MixCalculator.percent(planned, slots);
        boolean over = committed == null ? planned > 0 : committed > warningPercent;
        return new CapacityReport.Totals(slots, planned, committed, over);
    }

    /** The channel facts a capacity row shows. */
    record ChannelRef(String channelId, String network, String handle) {
    }
}
