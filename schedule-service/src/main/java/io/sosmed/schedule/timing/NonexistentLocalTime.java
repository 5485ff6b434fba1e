package io.sosmed.schedule.timing;

import io.sosmed.platform.problem.Problem;
import io.sosmed.platform.problem.ProblemException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;

/** 422: a local time that falls in a DST gap (clocks jump over it), refused because the policy is {@link DstGap#REFUSE}. */
public class NonexistentLocalTime extends ProblemException {

    public NonexistentLocalTime(String context, LocalDateTime requested, ZoneId zone, ZoneOffsetTransition gap, String field) {
        super(422, "nonexistent-local-time", "Local time does not exist",
                context + requested + " does not exist in " + zone.getId() + ": " + WallClockText.jump(gap, requested.toLocalDate())
                        + "; pick a time outside the gap, or send dstGap SHIFT to publish at "
                        + WallClockText.time(requested.plus(gap.getDuration()), requested.toLocalDate()),
                List.of(new Problem.FieldError(field, "falls in the DST gap of " + zone.getId() + " ("
                        + WallClockText.time(gap.getDateTimeBefore(), requested.toLocalDate()) + " to "
                        + WallClockText.time(gap.getDateTimeAfter(), requested.toLocalDate()) + ")")));
    }
}
