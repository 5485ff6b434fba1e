package io.sosmed.schedule.besttime;

import io.sosmed.schedule.network.ChannelSummary;
import io.sosmed.schedule.timing.QueueSlot;
import io.sosmed.schedule.timing.QueueSlots;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Picks the next free best posting time of a channel: one of the {@value #TOP} best-scoring hours of the week from the
 * channel's latest best times, or the network defaults ({@link NetworkDefaultTimes}) when there are none yet.
 */
@ApplicationScoped
public class BestTimePicker {

    static final int TOP = 5;

    private final ChannelBestTimesRepository bestTimes;

    public BestTimePicker(ChannelBestTimesRepository bestTimes) {
        this.bestTimes = bestTimes;
    }

    public Instant next(ChannelSummary channel, Instant after, Set<Instant> taken) {
        return slots(channel).nextFreeSlot(after, taken);
    }

    QueueSlots slots(ChannelSummary channel) {
        return bestTimes.of(channel.workspaceId(), channel.channelId())
                .filter(best -> !best.slots.isEmpty())
                .map(best -> new QueueSlots(ZoneId.of(best.zone), best.slots.stream()
                        .sorted(Comparator.comparingDouble(BestTimesUpdated.Slot::score).reversed())
                        .limit(TOP)
                        .map(s -> QueueSlot.of(DayOfWeek.of(s.dayOfWeek()), s.hour(), 0))
                        .toList()))
                .orElseGet(() -> new QueueSlots(ZoneId.of(channel.zone()), List.copyOf(NetworkDefaultTimes.of(channel.network()))));
    }
}
