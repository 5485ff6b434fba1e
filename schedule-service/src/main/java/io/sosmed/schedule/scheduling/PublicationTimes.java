package io.sosmed.schedule.scheduling;

import io.sosmed.schedule.besttime.BestTimePicker;
import io.sosmed.schedule.network.ChannelSummary;
import io.sosmed.schedule.queue.ChannelQueueRepository;
import io.sosmed.schedule.timing.QueueSlots;
import io.sosmed.schedule.timing.QueueWithoutSlots;
import io.sosmed.schedule.timing.TimingNote;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Picks the instants of QUEUE and BEST_TIME schedules: the next free slot of each channel after now. */
@ApplicationScoped
public class PublicationTimes {

    private final ChannelQueueRepository queues;
    private final BestTimePicker bestTimes;
    private final PublicationRepository publications;

    public PublicationTimes(ChannelQueueRepository queues, BestTimePicker bestTimes, PublicationRepository publications) {
        this.queues = queues;
        this.bestTimes = bestTimes;
        this.publications = publications;
    }

    Plan fromQueues(List<ChannelSummary> targets, Instant now) {
        Map<String, List<Instant>> instants = new LinkedHashMap<>();
        for (ChannelSummary channel : targets) {
            QueueSlots slots = queues.of(channel.workspaceId(), channel.channelId())
                    .map(q -> new QueueSlots(ZoneId.of(q.zone), q.slots))
                    .orElseThrow(QueueWithoutSlots::new);
            instants.put(channel.channelId(), List.of(slots.nextFreeSlot(now, taken(channel, now))));
        }
        return new Plan(instants, List.of(), null);
    }

    Plan fromBestTimes(List<ChannelSummary> targets, Instant now) {
        Map<String, List<Instant>> instants = new LinkedHashMap<>();
        for (ChannelSummary channel : targets) {
            instants.put(channel.channelId(), List.of(bestTimes.next(channel, now, taken(channel, now))));
        }
        return new Plan(instants, List.of(), null);
    }

    private Set<Instant> taken(ChannelSummary channel, Instant now) {
        return publications.takenOnChannel(channel.workspaceId(), channel.channelId(), now);
    }

    /**
     * The instants to publish at, per channel, with the notes for the user.
     *
     * @param rule the canonical recurrence rule, or null for a one-off
     */
    record Plan(Map<String, List<Instant>> instants, List<TimingNote> notes, String rule) {

        static Plan same(List<ChannelSummary> targets, List<Instant> instants) {
            Map<String, List<Instant>> byChannel = new LinkedHashMap<>();
            targets.forEach(t -> byChannel.put(t.channelId(), instants));
            return new Plan(byChannel, List.of(), null);
        }

        Plan withNotes(List<TimingNote> more) {
            List<TimingNote> all = new ArrayList<>(notes);
            all.addAll(more);
            return new Plan(instants, all, rule);
        }
    }
}
