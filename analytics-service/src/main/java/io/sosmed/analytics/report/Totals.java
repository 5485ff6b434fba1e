package io.sosmed.analytics.report;

/**
 * Summed counters of a set of published variants. The engagement rate is pooled (sum of engagements over sum of
 * denominators of the variants that have a rate), the click-through rate is link clicks over impressions.
 */
public record Totals(long posts, long measuredPosts, long impressions, long engagements, long linkClicks,
        Double engagementRate, Double clickThroughRate) {

    /** Adds variants up one by one. */
    static final class Accumulator {
        private long posts;
        private long measured;
        private long impressions;
        private long engagements;
        private long linkClicks;
        private long rateEngagements;
        private long rateDenominator;
        private long ctrClicks;
        private long ctrImpressions;

        void add(PublishedVariant v) {
            posts++;
            engagements += v.engagements();
            impressions += v.impressions() == null ? 0 : v.impressions();
            linkClicks += v.linkClicks() == null ? 0 : v.linkClicks();
            if (v.engagementRate() != null && v.rateDenominator() != null) {
                measured++;
                rateEngagements += v.engagements();
                rateDenominator += v.rateDenominator();
            }
            if (v.impressions() != null && v.impressions() > 0 && v.linkClicks() != null) {
                ctrClicks += v.linkClicks();
                ctrImpressions += v.impressions();
            }
        }

        Totals totals() {
            return new Totals(posts, measured, impressions, engagements, linkClicks,
                    rateDenominator == 0 ? null : (double) rateEngagements / rateDenominator,
                    ctrImpressions == 0 ? null : (double) ctrClicks / ctrImpressions);
        }
    }
}
