package io.sosmed.analytics.experiment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An experiment and its analysis so far: each arm's rate with its Wilson interval, the best arm's difference from the
 * control (first arm) with its interval, the p-value, the trials still needed per arm and the verdict.
 */
public record ExperimentResponse(UUID id, String name, ExperimentVariable variable, ExperimentMetric metric,
        double minimumEffect, Instant createdAt, List<ArmResult> arms, String leader, double difference,
        Interval differenceInterval, Double pValue, long samplePerArmNeeded, long moreTrialsNeeded, Verdict verdict,
        String explanation) {

    /** One arm's counts and rate. */
    public record ArmResult(String label, UUID postId, String channelId, long successes, long trials, double rate,
            Interval interval) {
    }
}
