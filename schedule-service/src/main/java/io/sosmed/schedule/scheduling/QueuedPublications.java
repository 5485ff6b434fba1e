package io.sosmed.schedule.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Pending publications of one channel that a schedule mode placed, for queue views, reordering and shuffling. */
@ApplicationScoped
public class QueuedPublications {

    private static final String PENDING_OF_MODE = "workspaceId = ?1 and channelId = ?2 and status in ?3"
            + " and scheduleId in (select s.id from Schedule s where s.mode = ?4) order by scheduledAt, id";

    private final PublicationRepository publications;
    private final ScheduleRepository schedules;
    private final ScheduleEvents events;
    private final Clock clock;

    public QueuedPublications(PublicationRepository publications, ScheduleRepository schedules, ScheduleEvents events, Clock clock) {
        this.publications = publications;
        this.schedules = schedules;
        this.events = events;
        this.clock = clock;
    }

    public List<ScheduledPublication> pending(String workspaceId, String channelId, ScheduleMode mode) {
        return publications.list(PENDING_OF_MODE, workspaceId, channelId, PublicationStatus.PENDING, mode);
    }

    public List<ScheduledPublication> lockPending(String workspaceId, String channelId, ScheduleMode mode) {
        return publications.find(PENDING_OF_MODE, workspaceId, channelId, PublicationStatus.PENDING, mode)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** Gives the publications, in this order, the instants they hold between them (earliest first); emits rescheduled. */
    public void assignInOrder(List<ScheduledPublication> ordered, String actor) {
        List<Instant> instants = new ArrayList<>(ordered.stream().map(p -> p.scheduledAt).sorted().toList());
        Instant now = clock.instant();
        Map<UUID, Instant> previous = new LinkedHashMap<>();
        List<ScheduledPublication> moved = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            ScheduledPublication p = ordered.get(i);
            if (!p.scheduledAt.equals(instants.get(i))) {
                previous.put(p.id, p.scheduledAt);
                p.scheduledAt = instants.get(i);
                p.dueAt = p.scheduledAt;
                p.updatedAt = now;
                moved.add(p);
            }
        }
        moved.sort(Comparator.comparing(p -> p.scheduledAt));
        for (ScheduledPublication p : moved) {
            Schedule schedule = schedules.findById(p.scheduleId);
            schedule.updatedAt = now;
            events.rescheduled(schedule, p.scheduledAt, previous.get(p.id), List.of(p.channelId));
        }
    }
}
