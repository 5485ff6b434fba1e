package io.sosmed.schedule.planning;

import java.time.LocalDate;
import java.util.List;

/**
 * The content mix of the variants scheduled or published in a period, per pillar, against the workspace's target mix.
 * Shares are percents of {@code totalVariants} with one decimal.
 *
 * @param targetVersion version of the pillar set the targets come from; null when content-service has not announced one
 * @param pillars every pillar of the set (in its order, also those without variants), then pillar keys variants carry
 *     that the set does not have
 * @param unassigned variants of posts without a pillar
 */
public record PillarMixReport(LocalDate from, LocalDate to, String zone, String channelId, long totalVariants,
        Long targetVersion, List<Share> pillars, Unassigned unassigned) {

    /**
     * One pillar's share.
     *
     * @param name null for a key the pillar set does not have
     * @param targetShare planned percent; null when the pillar is outside the target mix
     * @param difference share minus target share in percentage points (negative: fewer than planned); null without target
     */
    public record Share(String pillar, String name, long count, double share, Integer targetShare, Double difference) {
    }

    /** Variants whose post has no pillar. */
    public record Unassigned(long count, double share) {
    }
}
