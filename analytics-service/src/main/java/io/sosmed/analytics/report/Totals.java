package io.sosmed.analytics.report;

/**
 * Summed counters of a set of published variants. The engagement rate is pooled (sum of engagements over sum of
 * denominators of the variants that have a rate), the click-through rate is link clicks over impressions.
 */
public record Totals(long posts, long measuredPosts, long impressions, long engagements, long linkClicks,
        Double engagementRate, Double clickThroughRate) {

    /**
     * The sums a set of variants adds up to, as {@link OverviewQueries} computes them in SQL: all posts, the
     * measured ones (with a rate) and their engagements and denominators, and clicks and impressions of the
     * variants with impressions and a click count.
     */
    record Sums(long posts, long measured, long impressions, long engagements, long linkClicks, long rateEngagements,
            long rateDenominator, long ctrClicks, long ctrImpressions) {

        static final Sums NONE = new Sums(0, 0, 0, 0, 0, 0, 0, 0, 0);

        Sums plus(Sums o) {
            return new Sums(posts + o.posts, measured + o.measured, impressions + o.impressions,
                    engagements + o.engagements, linkClicks + o.linkClicks, rateEngagements + o.rateEngagements,
                    rateDenominator + o.rateDenominator, ctrClicks + o.ctrClicks, ctrImpressions + o.ctrImpressions);
        }

        Totals totals() {
            return new Totals(posts, measured, impressions, engagements, linkClicks,
                    rateDenominator == 0 ? null : (double) rateEngagements / rateDenominator,
                    ctrImpressions == 0 ? null : (double) ctrClicks / ctrImpressions);
        }
    }
}
