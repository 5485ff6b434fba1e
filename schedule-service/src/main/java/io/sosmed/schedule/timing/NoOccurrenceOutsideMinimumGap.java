package io.sosmed.schedule.timing;

import io.sosmed.platform.problem.Problem;
import io.sosmed.platform.problem.ProblemException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** 422: every occurrence of a recurrence comes sooner than the minimum gap after the post's previous publication on the channel. */
public class NoOccurrenceOutsideMinimumGap extends ProblemException {

    public NoOccurrenceOutsideMinimumGap(Instant previousPublication, Duration minimumGap, Instant lastOccurrence) {
        super(422, "minimum-gap-leaves-no-occurrence", "No occurrence respects the minimum gap",
                "Every occurrence (the last on " + lastOccurrence + ") comes less than " + WallClockText.duration(minimumGap)
                        + " after this post's previous publication on the channel (" + previousPublication
                        + "): move the recurrence later or lower the minimum gap",
                List.of(new Problem.FieldError(RecurrencePlan.MINIMUM_GAP_FIELD, "leaves no occurrence on this channel")));
    }
}
