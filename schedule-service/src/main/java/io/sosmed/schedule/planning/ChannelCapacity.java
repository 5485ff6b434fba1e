package io.sosmed.schedule.planning;

import java.time.Instant;

/**
 * One channel's week: queue slots against planned publications.
 *
 * @param weekStart the week's Monday 00:00 in {@code zone} (the queue's zone, else the channel's)
 * @param slotsAvailable queue slot instants in the week (a slot lost to a DST gap does not count)
 * @param planned publications of the week on the channel that are scheduled or went out (any mode, not only queued ones)
 * @param free slots left, never below zero
 * @param committedShare planned as a percent of the slots (one decimal); null when the week has no slots
 * @param overCommitted more than the warning threshold is planned, or posts are planned in a week without slots
 * @param warning why, in words; null when not over-committed
 */
public record ChannelCapacity(String channelId, String network, String handle, String zone, Instant weekStart,
        Instant weekEnd, int slotsAvailable, long planned, long free, Double committedShare, boolean overCommitted,
        String warning) {
}
