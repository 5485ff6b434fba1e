package io.sosmed.schedule.timing;

import io.sosmed.platform.problem.Problem;
import io.sosmed.platform.problem.ProblemException;
import java.time.Duration;
import java.util.List;

/** 400: a negative minimum gap between repeats of an evergreen post. */
public class InvalidMinimumGap extends ProblemException {

    public InvalidMinimumGap(Duration gap) {
        super(400, "invalid-minimum-gap", "Minimum gap is not valid",
                "The minimum gap between repeats must not be negative, got " + gap,
                List.of(new Problem.FieldError(RecurrencePlan.MINIMUM_GAP_FIELD, "must be zero or positive")));
    }
}
