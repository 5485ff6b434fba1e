package io.sosmed.analytics.metrics;

import io.sosmed.analytics.Database;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The metric time series: one point per (variant or channel, collectedAt), the latest point being the one with the
 * greatest collectedAt whatever order snapshots arrive in.
 */
@ApplicationScoped
public class MetricSeries {

    private static final String COLUMNS = "impressions, reach, likes, comments, shares, saves, link_clicks, video_views";

    private final Database db;

    public MetricSeries(Database db) {
        this.db = db;
    }

    /**
     * Adds a snapshot to its series; a second snapshot with the same collectedAt is ignored.
     *
     * @return true when it was a new point
     */
    public boolean record(String workspaceId, MetricsCollected snapshot) {
        Counters c = snapshot.metrics() == null
                ? new Counters(null, null, null, null, null, null, null, null, null) : snapshot.metrics();
        Long followers = c.followers() != null ? c.followers()
                : followersAt(workspaceId, snapshot.channelId(), snapshot.collectedAt());
        EngagementRate rate = EngagementRate.of(snapshot.network(), c, followers);
        int inserted = db.update("insert into metric_snapshot (workspace_id, channel_id, network, post_id, collected_at, "
                        + COLUMNS + ", followers, engagements, rate_basis, rate_denominator, engagement_rate) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
                workspaceId, snapshot.channelId(), snapshot.network(), snapshot.postId(), snapshot.collectedAt(),
                c.impressions(), c.reach(), c.likes(), c.comments(), c.shares(), c.saves(), c.linkClicks(),
                c.videoViews(), c.followers(), rate.engagements(), rate.basis(), rate.denominator(), rate.rate());
        if (inserted == 0) {
            return false;
        }
        if (snapshot.postId() != null) {
            db.update("insert into variant_latest_metrics (post_id, channel_id, workspace_id, network, collected_at, "
                            + COLUMNS + ", engagements, rate_basis, rate_denominator, engagement_rate) "
                            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                            + "on conflict (post_id, channel_id) do update set network = excluded.network, "
                            + "collected_at = excluded.collected_at, impressions = excluded.impressions, "
                            + "reach = excluded.reach, likes = excluded.likes, comments = excluded.comments, "
                            + "shares = excluded.shares, saves = excluded.saves, link_clicks = excluded.link_clicks, "
                            + "video_views = excluded.video_views, engagements = excluded.engagements, "
                            + "rate_basis = excluded.rate_basis, rate_denominator = excluded.rate_denominator, "
                            + "engagement_rate = excluded.engagement_rate "
                            + "where variant_latest_metrics.collected_at < excluded.collected_at",
                    snapshot.postId(), snapshot.channelId(), workspaceId, snapshot.network(), snapshot.collectedAt(),
                    c.impressions(), c.reach(), c.likes(), c.comments(), c.shares(), c.saves(), c.linkClicks(),
                    c.videoViews(), rate.engagements(), rate.basis(), rate.denominator(), rate.rate());
        }
        return true;
    }

    /** The variant's points, oldest first. */
    public List<MetricPoint> variantHistory(String workspaceId, UUID postId, String channelId) {
        return db.query("select * from metric_snapshot where workspace_id = ? and post_id = ? and channel_id = ? "
                + "order by collected_at", MetricSeries::point, workspaceId, postId, channelId);
    }

    /** The channel's own points (followers), oldest first, within [from, to). */
    public List<MetricPoint> channelHistory(String workspaceId, String channelId, Instant from, Instant to) {
        return db.query("select * from metric_snapshot where workspace_id = ? and channel_id = ? and post_id is null "
                + "and collected_at >= ? and collected_at < ? order by collected_at", MetricSeries::point,
                workspaceId, channelId, from, to);
    }

    /** The last channel point at or before {@code at} that reports followers. */
    public Long followersAt(String workspaceId, String channelId, Instant at) {
        return db.query("select followers from metric_snapshot where workspace_id = ? and channel_id = ? "
                        + "and post_id is null and followers is not null and collected_at <= ? "
                        + "order by collected_at desc limit 1", row -> row.longOrNull("followers"),
                workspaceId, channelId, at).stream().findFirst().orElse(null);
    }

    static MetricPoint point(io.sosmed.analytics.Database.Row row) throws SQLException {
        return new MetricPoint(row.instant("collected_at"), row.longOrNull("impressions"), row.longOrNull("reach"),
                row.longOrNull("likes"), row.longOrNull("comments"), row.longOrNull("shares"), row.longOrNull("saves"),
                row.longOrNull("link_clicks"), row.longOrNull("video_views"), row.longOrNull("followers"),
                row.longValue("engagements"), row.string("rate_basis"), row.longOrNull("rate_denominator"),
                row.doubleOrNull("engagement_rate"));
    }
}
