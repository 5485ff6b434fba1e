package io.sosmed.schedule.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST .../schedules/shift}: moves every pending publication the filter matches by one duration. */
public record ShiftRequest(
        @Schema(required = true, description = "ISO-8601, may be negative", example = "PT2H") Duration by,
        Filter filter) {

    /** Which pending publications move; every field optional, {@code from}/{@code to} bound the planned instant. */
    public record Filter(Instant from, Instant to, String channelId, UUID postId, String campaignId) {
    }
}
