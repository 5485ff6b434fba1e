package io.sosmed.schedule.scheduling;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import io.sosmed.platform.consumer.IdempotentConsumer;
import io.sosmed.platform.consumer.InboundEvent;
import io.sosmed.platform.event.EventType;
import io.sosmed.platform.event.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Unschedules what was waiting to go out on a channel that was disconnected ({@code sosmed.channel.disconnected.v1}):
 * one {@code post.unscheduled} per schedule, reason CHANNEL_DISCONNECTED; the schedule's other channels keep theirs.
 */
@ApplicationScoped
public class ChannelDisconnectedConsumer {

    static final String CONSUMER = "schedule-service.channel-events";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ChannelDisconnected(String channelId, String by) {
    }

    private final IdempotentConsumer consumer;
    private final PublicationRepository publications;
    private final ScheduleRepository schedules;
    private final ScheduleEvents events;
    private final Clock clock;

    public ChannelDisconnectedConsumer(IdempotentConsumer consumer, PublicationRepository publications,
            ScheduleRepository schedules, ScheduleEvents events, Clock clock) {
        this.consumer = consumer;
        this.publications = publications;
        this.schedules = schedules;
        this.events = events;
        this.clock = clock;
    }

    @Incoming(Topics.CHANNEL_EVENTS)
    @Blocking
    public void receive(String message) {
        consumer.handle(CONSUMER, message, Set.of(EventType.CHANNEL_DISCONNECTED), this::apply);
    }

    private void apply(InboundEvent event) {
        ChannelDisconnected disconnected = event.data(ChannelDisconnected.class);
        List<ScheduledPublication> pending = publications.find("workspaceId = ?1 and channelId = ?2 and status in ?3",
                event.workspaceId(), disconnected.channelId(), PublicationStatus.PENDING)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        Instant now = clock.instant();
        Map<UUID, List<ScheduledPublication>> bySchedule = new LinkedHashMap<>();
        for (ScheduledPublication p : pending) {
            p.status = PublicationStatus.UNSCHEDULED;
            p.failureReason = "The channel was disconnected";
            p.updatedAt = now;
            bySchedule.computeIfAbsent(p.scheduleId, id -> new ArrayList<>()).add(p);
        }
        publications.flush();
        for (UUID scheduleId : bySchedule.keySet()) {
            Schedule schedule = schedules.findById(scheduleId);
            if (publications.pendingOfSchedule(scheduleId).isEmpty()) {
                schedule.status = Schedule.Status.UNSCHEDULED;
            }
            schedule.updatedAt = now;
            events.unscheduled(schedule, ScheduleEvents.UnscheduleReason.CHANNEL_DISCONNECTED, disconnected.by(),
                    List.of(disconnected.channelId()));
        }
        if (!pending.isEmpty()) {
            Log.infof("Channel %s of workspace %s was disconnected: %d publications of %d schedules unscheduled",
                    disconnected.channelId(), event.workspaceId(), pending.size(), bySchedule.size());
        }
    }
}
