package io.sosmed.schedule.scheduling;

import io.sosmed.schedule.timing.DstGap;
import io.sosmed.schedule.timing.DstOverlap;
import java.time.LocalDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code PATCH .../schedules/{id}}: a new wall-clock time for the publications not yet attempted. */
public record RescheduleRequest(
        @Schema(required = true, example = "2026-12-02T10:00") LocalDateTime at,
        @Schema(description = "Default: the schedule's zone") String zone,
        DstGap dstGap,
        DstOverlap dstOverlap) {
}
