package io.sosmed.schedule.timing;

import io.sosmed.platform.problem.Problem;
import io.sosmed.platform.problem.ProblemException;
import java.util.List;

/** 400: a cap on a recurrence's occurrences outside 1..{@link Recurrence#OCCURRENCE_LIMIT}. */
public class InvalidMaxOccurrences extends ProblemException {

    public InvalidMaxOccurrences(int given) {
        super(400, "invalid-max-occurrences", "Maximum occurrences is not valid",
                Recurrence.MAX_OCCURRENCES_FIELD + " must be between 1 and " + Recurrence.OCCURRENCE_LIMIT + ", got " + given,
                List.of(new Problem.FieldError(Recurrence.MAX_OCCURRENCES_FIELD, "must be between 1 and " + Recurrence.OCCURRENCE_LIMIT)));
    }
}
