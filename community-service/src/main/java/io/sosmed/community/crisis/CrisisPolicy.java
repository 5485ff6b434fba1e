package io.sosmed.community.crisis;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.sosmed.platform.problem.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * When a burst of negative items is a crisis: at least {@code minimumCount} negative items in the last 15 minutes
 * and a z-score of at least {@code zScore} against the past week's 15-minute windows; {@code autoPause} asks
 * schedule-service to pause publishing when one is detected.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CrisisPolicy(Boolean autoPause, Double zScore, Integer minimumCount) {

    public static final CrisisPolicy DEFAULT = new CrisisPolicy(false, 3.0, 10);

    /** This policy with defaults for what it leaves out. */
    public CrisisPolicy withDefaults() {
        return new CrisisPolicy(autoPause == null ? DEFAULT.autoPause : autoPause,
                zScore == null ? DEFAULT.zScore : zScore, minimumCount == null ? DEFAULT.minimumCount : minimumCount);
    }

    public List<Problem.FieldError> validate() {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (zScore != null && (zScore.isNaN() || zScore <= 0 || zScore > 100)) {
            errors.add(new Problem.FieldError("zScore", "must be above 0 and at most 100"));
        }
        if (minimumCount != null && minimumCount < 1) {
            errors.add(new Problem.FieldError("minimumCount", "must be at least 1"));
        }
        return errors;
    }
}
