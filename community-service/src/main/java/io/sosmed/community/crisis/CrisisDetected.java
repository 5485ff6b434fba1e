package io.sosmed.community.crisis;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Data of {@code sosmed.crisis.detected.v1}. */
public record CrisisDetected(UUID crisisId, Instant detectedAt, Instant windowStart, Instant windowEnd,
        int negativeCount, double baselineMean, Double baselineStdDev, double threshold, List<String> topTerms,
        List<String> sampleItemIds, boolean autoPause) {
}
