package io.sosmed.schedule.queue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** A channel's queue: its slots and the posts queued on it, in publishing order. */
public record QueueResponse(String channelId, String zone, List<QueueRequest.Slot> slots, List<Queued> queued) {

    /** One post waiting in the queue. */
    public record Queued(UUID publicationId, UUID scheduleId, UUID postId, Instant scheduledAt, LocalDateTime localTime) {
    }
}
