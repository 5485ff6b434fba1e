package io.sosmed.schedule.planning;

import java.time.LocalDate;
import java.util.List;

/**
 * Weekly capacity of a workspace's channels.
 *
 * @param weekOf the day asked for; {@code weekStart} is the Monday of its ISO week
 * @param warningPercent committed share above which a channel is over-committed (80: keep 20% free for last-minute work)
 */
public record CapacityReport(LocalDate weekOf, LocalDate weekStart, int warningPercent, List<ChannelCapacity> channels,
        Totals totals) {

    /** All listed channels together. */
    public record Totals(long slotsAvailable, long planned, Double committedShare, boolean overCommitted) {
    }
}
