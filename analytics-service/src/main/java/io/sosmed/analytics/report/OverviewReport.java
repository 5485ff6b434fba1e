package io.sosmed.analytics.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Totals and rates per group, the best and worst posts, follower growth and posting volume against engagement. */
public record OverviewReport(Instant from, Instant to, String zone, GroupBy groupBy, Totals totals, List<Group> groups,
        List<PostResult> topPosts, List<PostResult> bottomPosts, List<FollowerGrowth> followerGrowth,
        List<DayVolume> volume) {

    /** One group's totals; {@code key} is the id (channel id, network, campaign id, pillar, tag), label its name. */
    public record Group(String key, String label, Totals totals) {
    }

    /** One published variant ranked by engagement rate. */
    public record PostResult(UUID postId, String channelId, String network, String title, Instant publishedAt,
            long engagements, Long impressions, Double engagementRate) {
    }

    /** A channel's followers at the start and end of the window. */
    public record FollowerGrowth(String channelId, String network, Long followersAtStart, Long followersAtEnd,
            Long growth) {
    }

    /** Posts published on a local day and the engagement they earned. */
    public record DayVolume(LocalDate date, long posts, long engagements, Double engagementRate) {
    }
}
