package io.sosmed.community.crisis;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A crisis as the API shows it. */
public record CrisisResponse(UUID id, String status, Instant detectedAt, Instant windowStart, Instant windowEnd,
        int negativeCount, double baselineMean, double baselineStdDev, double threshold, List<String> topTerms,
        List<String> sampleItemIds, boolean autoPause, String clearedBy, Instant clearedAt, String note) {

    static CrisisResponse of(Crisis c) {
        return new CrisisResponse(c.id, c.status.name(), c.detectedAt, c.windowStart, c.windowEnd, c.negativeCount,
                c.baselineMean, c.baselineStdDev, c.threshold, List.copyOf(c.topTerms), List.copyOf(c.sampleItemIds),
                c.autoPause, c.clearedBy, c.clearedAt, c.note);
    }

    /** The current crisis (null when calm) and a page of the history, newest first. */
    public record State(CrisisResponse current, List<CrisisResponse> history, String nextCursor) {
    }
}
