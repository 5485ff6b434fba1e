package io.sosmed.schedule.scheduling;

import io.sosmed.schedule.timing.DstGap;
import io.sosmed.schedule.timing.DstOverlap;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST .../schedules}: what to publish, where, and when. */
public record ScheduleRequest(
        @Schema(required = true) UUID postId,
        @Schema(required = true) ScheduleMode mode,
        @Schema(description = "Wall-clock time in `zone`; mode AT only", example = "2026-12-01T09:00") LocalDateTime at,
        @Schema(description = "IANA zone of `at`; defaults to the first channel's zone", example = "Asia/Jakarta") String zone,
        @Schema(description = "Default: every channel the post has a variant for") List<String> channelIds,
        @Schema(description = "RFC 5545 RRULE with COUNT or UNTIL (or maxOccurrences); mode AT only",
                example = "RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=4") String recurrence,
        Integer maxOccurrences,
        @Schema(description = "Evergreen: least time between two publications of this post on one channel", example = "P7D")
        Duration minimumGap,
        @Schema(description = "REFUSE (default) or SHIFT a time that falls in a DST gap") DstGap dstGap,
        @Schema(description = "EARLIER (default) or LATER for a time that happens twice") DstOverlap dstOverlap) {
}
