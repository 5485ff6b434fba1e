package io.sosmed.schedule.timing;

import io.sosmed.platform.problem.Problem;
import io.sosmed.platform.problem.ProblemException;
import java.util.List;

/** 400: recurrence text that is not a usable RFC 5545 RRULE; the detail carries the parser's reason. */
public class InvalidRecurrenceRule extends ProblemException {

    public InvalidRecurrenceRule(String rule, String reason) {
        super(400, "invalid-recurrence-rule", "Recurrence rule is not valid",
                (rule == null || rule.isBlank() ? "The recurrence rule is empty" : "Recurrence rule '" + rule + "' is not valid")
                        + ": " + reason,
                List.of(new Problem.FieldError(Recurrence.FIELD, reason)));
    }
}
