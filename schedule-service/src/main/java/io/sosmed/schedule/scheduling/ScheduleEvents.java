package io.sosmed.schedule.scheduling;

import io.sosmed.platform.event.EventType;
import io.sosmed.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Records the scheduling events of {@code post-lifecycle} (key = post id) in the caller's transaction. */
@ApplicationScoped
public class ScheduleEvents {

    /** Why publications stopped, as in {@code sosmed.post.unscheduled.v1}. */
    public enum UnscheduleReason {
        USER, POST_EDITED, POST_DELETED, CHANNEL_DISCONNECTED
    }

    record PostScheduled(UUID postId, UUID scheduleId, ScheduleMode mode, Instant scheduledAt, String zone,
            String recurrence, List<String> channelIds) {
    }

    record PostRescheduled(UUID postId, UUID scheduleId, Instant scheduledAt, Instant previousScheduledAt, String zone,
            List<String> channelIds) {
    }

    record PostUnscheduled(UUID postId, UUID scheduleId, UnscheduleReason reason, String by, List<String> channelIds) {
    }

    private final Outbox outbox;

    public ScheduleEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void scheduled(Schedule s, Instant first, List<String> channelIds) {
        record(EventType.POST_SCHEDULED, s, new PostScheduled(s.postId, s.id, s.mode, first, s.zone, s.recurrence, channelIds));
    }

    void rescheduled(Schedule s, Instant first, Instant previous, List<String> channelIds) {
        record(EventType.POST_RESCHEDULED, s, new PostRescheduled(s.postId, s.id, first, previous, s.zone, channelIds));
    }

    void unscheduled(Schedule s, UnscheduleReason reason, String by, List<String> channelIds) {
        record(EventType.POST_UNSCHEDULED, s, new PostUnscheduled(s.postId, s.id, reason, by, channelIds));
    }

    private void record(EventType type, Schedule s, Object data) {
        outbox.record(type, s.workspaceId, s.postId.toString(), s.postId.toString(), data);
    }
}
