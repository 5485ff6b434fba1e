package io.sosmed.analytics.metrics;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Counters as a network reports them at one moment; null where the network reports none. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Counters(Long impressions, Long reach, Long likes, Long comments, Long shares, Long saves,
        Long linkClicks, Long videoViews, Long followers) {

    /** likes + comments + shares + saves, counting missing counters as zero. */
    public long engagements() {
        return zero(likes) + zero(comments) + zero(shares) + zero(saves);
    }

    Long count(Network.RateBasis basis) {
        return switch (basis) {
            case IMPRESSIONS -> impressions;
            case REACH -> reach;
            case VIDEO_VIEWS -> videoViews;
            case FOLLOWERS -> followers;
        };
    }

    private static long zero(Long value) {
        return value == null ? 0 : value;
    }
}
