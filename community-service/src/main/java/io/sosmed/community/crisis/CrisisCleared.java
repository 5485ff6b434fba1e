package io.sosmed.community.crisis;

import java.time.Instant;
import java.util.UUID;

/** Data of {@code sosmed.crisis.cleared.v1}. */
public record CrisisCleared(UUID crisisId, String clearedBy, Instant clearedAt, String note) {
}
