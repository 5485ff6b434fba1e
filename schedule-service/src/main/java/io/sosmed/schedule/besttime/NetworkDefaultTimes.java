package io.sosmed.schedule.besttime;

import io.sosmed.schedule.network.Network;
import io.sosmed.schedule.timing.QueueSlot;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Posting hours used for BEST_TIME when analytics has not sent best times for a channel yet: weekday hours at which
 * published industry studies (Sprout Social, Hootsuite) find engagement highest, in the channel's own zone.
 */
public final class NetworkDefaultTimes {

    private static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    private static final List<DayOfWeek> MID_WEEK = List.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);

    /** Hours of the day per network; the days are {@link #WEEKDAYS} unless listed as mid-week. */
    private static final Map<Network, List<Integer>> HOURS = Map.of(
            Network.X, List.of(9, 12),
            Network.LINKEDIN, List.of(8, 12),
            Network.FACEBOOK, List.of(9, 13),
            Network.INSTAGRAM, List.of(11, 19),
            Network.THREADS, List.of(9, 19),
            Network.MASTODON, List.of(10, 16),
            Network.BLUESKY, List.of(10, 16),
            Network.TIKTOK, List.of(12, 19),
            Network.YOUTUBE, List.of(15),
            Network.PINTEREST, List.of(20));

    private NetworkDefaultTimes() {
    }

    public static List<QueueSlot> of(Network network) {
        List<Integer> hours = HOURS.getOrDefault(network, List.of(9, 12));
        List<DayOfWeek> days = network == Network.LINKEDIN ? MID_WEEK : WEEKDAYS;
        List<QueueSlot> slots = new ArrayList<>();
        for (DayOfWeek day : days) {
            for (int hour : hours) {
                slots.add(QueueSlot.of(day, hour, 0));
            }
        }
        return slots;
    }
}
