package io.sosmed.content.pillar;

import java.time.Instant;
import java.util.UUID;

/** A pillar as the API shows it; {@code targetPercent} is null when it is not part of the target mix. */
public record PillarResponse(UUID id, String key, String name, String description, Integer targetPercent,
        Instant createdAt, Instant updatedAt, long version) {

    static PillarResponse of(ContentPillar pillar) {
        return new PillarResponse(pillar.id, pillar.key, pillar.name, pillar.description, pillar.targetPercent,
                pillar.createdAt, pillar.updatedAt, pillar.version);
    }
}
