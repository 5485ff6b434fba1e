package io.sosmed.schedule.planning;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/** The data of {@code sosmed.pillars.saved.v1} that planning reads: the workspace's whole pillar set, versioned. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PillarsSaved(long version, Instant savedAt, List<PillarTarget> pillars) {

    public PillarsSaved {
        pillars = pillars == null ? List.of() : List.copyOf(pillars);
    }
}
