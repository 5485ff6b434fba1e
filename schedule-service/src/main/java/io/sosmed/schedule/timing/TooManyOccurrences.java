package io.sosmed.schedule.timing;

import io.sosmed.platform.problem.Problem;
import io.sosmed.platform.problem.ProblemException;
import java.util.List;

/** 400: a recurrence that would create more publications than one schedule may hold. */
public class TooManyOccurrences extends ProblemException {

    public TooManyOccurrences(String rule, int limit, String field) {
        super(400, "too-many-occurrences", "Recurrence has too many occurrences",
                "Recurrence rule '" + rule + "' produces more than " + limit + " publications, the most one schedule may hold:"
                        + " lower COUNT, bring UNTIL closer or give a smaller " + Recurrence.MAX_OCCURRENCES_FIELD,
                List.of(new Problem.FieldError(field, "at most " + limit + " occurrences")));
    }
}
