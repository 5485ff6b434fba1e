package io.sosmed.analytics.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EngagementRateTest {

    private static Counters counters(Long impressions, Long reach, Long videoViews, Long followers) {
        return new Counters(impressions, reach, 30L, 10L, 5L, 5L, 7L, videoViews, followers);
    }

    @Test
    void linkedInDividesEngagementsByImpressions() {
        EngagementRate rate = EngagementRate.of(Network.LINKEDIN, counters(1000L, 800L, null, null), 5000L);

        assertThat(rate.engagements()).isEqualTo(50);
        assertThat(rate.basis()).isEqualTo(Network.RateBasis.IMPRESSIONS);
        assertThat(rate.rate()).isCloseTo(0.05, within(1e-12));
    }

    @Test
    void instagramPrefersReach() {
        EngagementRate rate = EngagementRate.of(Network.INSTAGRAM, counters(1000L, 500L, null, null), null);

        assertThat(rate.basis()).isEqualTo(Network.RateBasis.REACH);
        assertThat(rate.rate()).isCloseTo(0.10, within(1e-12));
    }

    @Test
    void youTubeDividesByViews() {
        EngagementRate rate = EngagementRate.of(Network.YOUTUBE, counters(null, null, 250L, null), null);

        assertThat(rate.basis()).isEqualTo(Network.RateBasis.VIDEO_VIEWS);
        assertThat(rate.rate()).isCloseTo(0.2, within(1e-12));
    }

    @Test
    void mastodonWithoutImpressionsUsesTheChannelFollowers() {
        EngagementRate rate = EngagementRate.of(Network.MASTODON, counters(null, null, null, null), 2000L);

        assertThat(rate.basis()).isEqualTo(Network.RateBasis.FOLLOWERS);
        assertThat(rate.rate()).isCloseTo(0.025, within(1e-12));
    }

    @Test
    void xFallsBackToReachWhenImpressionsAreZero() {
        EngagementRate rate = EngagementRate.of(Network.X, counters(0L, 100L, null, null), null);

        assertThat(rate.basis()).isEqualTo(Network.RateBasis.REACH);
        assertThat(rate.rate()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void noDenominatorMeansNoRate() {
        EngagementRate rate = EngagementRate.of(Network.BLUESKY, counters(null, null, null, null), null);

        assertThat(rate.rate()).isNull();
        assertThat(rate.basis()).isNull();
        assertThat(rate.engagements()).isEqualTo(50);
    }
}
