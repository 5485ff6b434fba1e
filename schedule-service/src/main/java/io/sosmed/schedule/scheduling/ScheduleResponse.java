package io.sosmed.schedule.scheduling;

import io.sosmed.schedule.timing.TimingNote;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** A schedule with its publications and what the API decided about the requested time. */
public record ScheduleResponse(UUID id, UUID postId, ScheduleMode mode, String zone, LocalDateTime at, String recurrence,
        Schedule.Status status, String createdBy, Instant createdAt, Instant updatedAt, List<Item> publications,
        List<TimingNote> notes) {

    /** One channel's publication. */
    public record Item(UUID id, String channelId, int occurrence, Instant scheduledAt, LocalDateTime localTime,
            PublicationStatus status, String externalId, String url, String failureReason) {

        static Item of(ScheduledPublication p, ZoneId zone) {
            return new Item(p.id, p.channelId, p.occurrence, p.scheduledAt, LocalDateTime.ofInstant(p.scheduledAt, zone),
                    p.status, p.externalId, p.url, p.failureReason);
        }
    }

    static ScheduleResponse of(Schedule s, List<ScheduledPublication> publications, List<TimingNote> notes) {
        ZoneId zone = ZoneId.of(s.zone);
        return new ScheduleResponse(s.id, s.postId, s.mode, s.zone, s.requestedLocal, s.recurrence, s.status, s.createdBy,
                s.createdAt, s.updatedAt, publications.stream().map(p -> Item.of(p, zone)).toList(), notes);
    }
}
