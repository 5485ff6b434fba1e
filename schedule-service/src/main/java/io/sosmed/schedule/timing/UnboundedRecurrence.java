package io.sosmed.schedule.timing;

import io.sosmed.platform.problem.Problem;
import io.sosmed.platform.problem.ProblemException;
import java.util.List;

/** 400: a recurrence that never ends (no COUNT, no UNTIL and no maxOccurrences cap). */
public class UnboundedRecurrence extends ProblemException {

    public UnboundedRecurrence(String rule) {
        super(400, "unbounded-recurrence", "Recurrence has no end",
                "Recurrence rule '" + rule + "' never ends: add COUNT (e.g. COUNT=10) or UNTIL (e.g. UNTIL=20271231T235959Z)"
                        + " to the rule, or give " + Recurrence.MAX_OCCURRENCES_FIELD,
                List.of(new Problem.FieldError(Recurrence.FIELD, "needs COUNT or UNTIL, or " + Recurrence.MAX_OCCURRENCES_FIELD)));
    }
}
