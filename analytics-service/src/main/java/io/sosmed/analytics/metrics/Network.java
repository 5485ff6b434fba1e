package io.sosmed.analytics.metrics;

import java.util.List;

/**
 * The networks metrics come from, each with the denominator its engagement rate is computed over: the first
 * basis the snapshot reports (non-zero) wins. Engagements are always likes + comments + shares + saves.
 */
public enum Network {
    X(RateBasis.IMPRESSIONS, RateBasis.REACH, RateBasis.FOLLOWERS),
    LINKEDIN(RateBasis.IMPRESSIONS, RateBasis.REACH, RateBasis.FOLLOWERS),
    FACEBOOK(RateBasis.IMPRESSIONS, RateBasis.REACH, RateBasis.FOLLOWERS),
    INSTAGRAM(RateBasis.REACH, RateBasis.IMPRESSIONS, RateBasis.FOLLOWERS),
    THREADS(RateBasis.IMPRESSIONS, RateBasis.REACH, RateBasis.FOLLOWERS),
    MASTODON(RateBasis.FOLLOWERS),
    BLUESKY(RateBasis.FOLLOWERS),
    TIKTOK(RateBasis.VIDEO_VIEWS, RateBasis.IMPRESSIONS, RateBasis.FOLLOWERS),
    YOUTUBE(RateBasis.VIDEO_VIEWS, RateBasis.IMPRESSIONS, RateBasis.FOLLOWERS),
    PINTEREST(RateBasis.IMPRESSIONS, RateBasis.REACH, RateBasis.FOLLOWERS);

    private final List<RateBasis> bases;

    Network(RateBasis... bases) {
        this.bases = List.of(bases);
    }

    /** Denominators in order of preference. */
    public List<RateBasis> bases() {
        return bases;
    }

    /** What an engagement rate is divided by. */
    public enum RateBasis {
        IMPRESSIONS, REACH, VIDEO_VIEWS, FOLLOWERS
    }
}
