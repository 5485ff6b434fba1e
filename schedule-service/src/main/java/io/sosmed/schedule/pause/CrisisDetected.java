package io.sosmed.schedule.pause;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The fields of {@code sosmed.crisis.detected.v1} this service reads. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CrisisDetected(UUID crisisId, Instant detectedAt, int negativeCount, List<String> topTerms) {
}
