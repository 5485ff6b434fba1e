package io.sosmed.content.pillar;

import java.time.Instant;
import java.util.List;

/**
 * Data of {@code sosmed.pillars.saved.v1}: every pillar of the workspace with its target share, after a change.
 *
 * @param version grows by one with every change of the workspace's pillars or target mix
 */
public record PillarsSaved(long version, Instant savedAt, List<Pillar> pillars) {

    /** One pillar; {@code targetPercent} is null when it is not part of the target mix. */
    public record Pillar(String key, String name, Integer targetPercent) {
    }
}
