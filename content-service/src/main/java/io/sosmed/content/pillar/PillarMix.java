package io.sosmed.content.pillar;

import java.time.LocalDate;
import java.util.List;

/**
 * Actual against planned content mix over a date range. Shares are percentages of {@code totalPosts} with one
 * decimal; {@code deltaPercent} is actual minus target (positive: more than planned).
 */
public record PillarMix(LocalDate from, LocalDate to, String zone, long totalPosts, List<Share> pillars) {

    /**
     * One pillar's share; {@code pillar} is null for posts without a pillar. {@code targetPercent} and
     * {@code deltaPercent} are null for pillars outside the target mix.
     */
    public record Share(String pillar, String name, Integer targetPercent, long posts, double actualPercent,
            Double deltaPercent) {
    }
}
