package io.sosmed.schedule.queue;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code PUT .../channels/{id}/queue}: the channel's weekly slots. */
public record QueueRequest(
        @Schema(description = "IANA zone the slots are read in; default the channel's zone", example = "Europe/Paris") String zone,
        @Schema(required = true) List<Slot> slots) {

    /** A weekly time, e.g. MONDAY 09:00. */
    public record Slot(@Schema(example = "MONDAY") DayOfWeek day, @Schema(example = "09:00") LocalTime time) {
    }
}
