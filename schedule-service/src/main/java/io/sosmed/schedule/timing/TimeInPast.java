package io.sosmed.schedule.timing;

import io.sosmed.platform.problem.Problem;
import io.sosmed.platform.problem.ProblemException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** 422: a requested publication time that has already passed (beyond the configured grace). */
public class TimeInPast extends ProblemException {

    public TimeInPast(ResolvedTime time, Instant now, String field) {
        super(422, "time-in-past", "Time is in the past",
                time.local() + " in " + time.zone().getId() + " (" + time.instant() + ") is in the past: it is already "
                        + LocalDateTime.ofInstant(now, time.zone()).truncatedTo(ChronoUnit.SECONDS) + " there",
                List.of(new Problem.FieldError(field, "must be in the future")));
    }
}
