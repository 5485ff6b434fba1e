package io.sosmed.schedule.scheduling;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of schedules, newest first. */
public record SchedulePage(List<ScheduleResponse> items,
        @Schema(description = "Pass as ?cursor= for the next page; null on the last page") String nextCursor) {
}
