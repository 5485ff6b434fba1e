package io.sosmed.schedule.calendar;

import io.sosmed.schedule.network.Network;
import io.sosmed.schedule.scheduling.PublicationStatus;
import java.time.Instant;
import java.util.UUID;

/** One variant on one channel in the calendar, with its status. */
public record CalendarEntry(UUID publicationId, UUID scheduleId, UUID postId, String title, String campaignId,
        String channelId, Network network, Instant scheduledAt, PublicationStatus status, String externalId, String url,
        String failureReason, Instant updatedAt) {
}
