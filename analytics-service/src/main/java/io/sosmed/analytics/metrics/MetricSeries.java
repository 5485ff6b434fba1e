package io.sosmed.analytics.metrics;

import io.sosmed.analytics.Database;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
        return !recordAll(List.of(new ReceivedSnapshot(workspaceId, snapshot))).isEmpty();
    }

    /**
     * Adds snapshots to their series with a few multi-row statements: channel snapshots first (so variant snapshots
     * of the same batch can use their follower counts), then variant snapshots, then the latest point per variant.
     * A snapshot whose point exists already (or repeats an earlier one of the batch) adds nothing: the first is kept.
     *
     * @return the snapshots that were new points, in the order given
     */
    public List<ReceivedSnapshot> recordAll(List<ReceivedSnapshot> snapshots) {
        List<NewPoint> stored = new ArrayList<>(insertPoints(snapshots.stream().filter(s -> !s.ofVariant()).toList()));
        List<NewPoint> variants = insertPoints(snapshots.stream().filter(ReceivedSnapshot::ofVariant).toList());
        updateLatest(variants);
        stored.addAll(variants);
        return stored.stream().map(NewPoint::snapshot).toList();
    }

    /** A snapshot stored as a new point, with the engagement rate stored with it. */
    private record NewPoint(ReceivedSnapshot snapshot, EngagementRate rate) {
    }

    private List<NewPoint> insertPoints(List<ReceivedSnapshot> snapshots) {
        if (snapshots.isEmpty()) {
            return List.of();
        }
        List<EngagementRate> rates = rates(snapshots);
        Columns columns = new Columns(snapshots.size());
        for (int i = 0; i < snapshots.size(); i++) {
            ReceivedSnapshot s = snapshots.get(i);
            Counters c = s.counters();
            EngagementRate rate = rates.get(i);
            columns.add(s.workspaceId(), s.snapshot().channelId(), s.snapshot().network(), s.snapshot().postId(),
                    s.snapshot().collectedAt(), c.impressions(), c.reach(), c.likes(), c.comments(), c.shares(),
                    c.saves(), c.linkClicks(), c.videoViews(), c.followers(), rate.engagements(), rate.basis(),
                    rate.denominator(), rate.rate());
        }
        List<Long> inserted = db.query("with input as (select * from unnest(" + columns.placeholders() + ") "
                        + "with ordinality as t(ws, ch, net, post, at, imp, rea, lik, com, sha, sav, cli, vie, fol, eng, "
                        + "basis, den, rate, i)), "
                        + "point as (insert into metric_snapshot (workspace_id, channel_id, network, post_id, "
                        + "collected_at, " + COLUMNS + ", followers, engagements, rate_basis, rate_denominator, "
                        + "engagement_rate) select ws, ch, net, post::uuid, at::timestamptz, imp::bigint, rea::bigint, "
                        + "lik::bigint, com::bigint, sha::bigint, sav::bigint, cli::bigint, vie::bigint, fol::bigint, "
                        + "eng::bigint, basis, den::bigint, rate::double precision from input order by i "
                        + "on conflict do nothing returning workspace_id, channel_id, post_id, collected_at) "
                        + "select min(input.i) as i from input join point on point.workspace_id = input.ws "
                        + "and point.channel_id = input.ch and point.post_id is not distinct from input.post::uuid "
                        + "and point.collected_at = input.at::timestamptz "
                        + "group by point.workspace_id, point.channel_id, point.post_id, point.collected_at order by 1",
                row -> row.longValue("i"), columns.values());
        return inserted.stream().map(i -> new NewPoint(snapshots.get((int) (i - 1)), rates.get((int) (i - 1)))).toList();
    }

    /** Engagement rates; the channel's follower count is looked up (in one query) only where a rate needs it. */
    private List<EngagementRate> rates(List<ReceivedSnapshot> snapshots) {
        List<EngagementRate> rates = new ArrayList<>();
        List<Integer> needFollowers = new ArrayList<>();
        for (ReceivedSnapshot s : snapshots) {
            EngagementRate rate = EngagementRate.of(s.snapshot().network(), s.counters(), null);
            if (rate.rate() == null && s.counters().followers() == null
                    && s.snapshot().network().bases().contains(Network.RateBasis.FOLLOWERS)) {
                needFollowers.add(rates.size());
            }
            rates.add(rate);
        }
        if (!needFollowers.isEmpty()) {
            List<ReceivedSnapshot> lookups = needFollowers.stream().map(snapshots::get).toList();
            List<Long> followers = db.query("select (select s.followers from metric_snapshot s "
                            + "where s.workspace_id = t.ws and s.channel_id = t.ch and s.post_id is null "
                            + "and s.followers is not null and s.collected_at <= t.at::timestamptz "
                            + "order by s.collected_at desc limit 1) as followers "
                            + "from unnest(?::text[], ?::text[], ?::text[]) with ordinality as t(ws, ch, at, i) order by t.i",
                    row -> row.longOrNull("followers"), lookups.stream().map(ReceivedSnapshot::workspaceId).toList(),
                    lookups.stream().map(s -> s.snapshot().channelId()).toList(),
                    lookups.stream().map(s -> s.snapshot().collectedAt()).toList());
            for (int k = 0; k < needFollowers.size(); k++) {
                ReceivedSnapshot s = lookups.get(k);
                rates.set(needFollowers.get(k), EngagementRate.of(s.snapshot().network(), s.counters(), followers.get(k)));
            }
        }
        return rates;
    }

    /**
     * Moves each variant's latest point forward to the newest of the given new points; an older point (late or out
     * of order) never replaces a newer one.
     */
    private void updateLatest(List<NewPoint> points) {
        Map<String, NewPoint> newest = new TreeMap<>();
        for (NewPoint p : points) {
            newest.merge(p.snapshot().snapshot().postId() + "|" + p.snapshot().snapshot().channelId(), p,
                    (a, b) -> b.snapshot().snapshot().collectedAt().isAfter(a.snapshot().snapshot().collectedAt()) ? b : a);
        }
        if (newest.isEmpty()) {
            return;
        }
        Columns columns = new Columns(newest.size());
        for (NewPoint p : newest.values()) {
            ReceivedSnapshot s = p.snapshot();
            Counters c = s.counters();
            EngagementRate rate = p.rate();
            columns.add(s.snapshot().postId(), s.snapshot().channelId(), s.workspaceId(), s.snapshot().network(),
                    s.snapshot().collectedAt(), c.impressions(), c.reach(), c.likes(), c.comments(), c.shares(),
                    c.saves(), c.linkClicks(), c.videoViews(), rate.engagements(), rate.basis(), rate.denominator(),
                    rate.rate());
        }
        db.update("insert into variant_latest_metrics (post_id, channel_id, workspace_id, network, collected_at, "
                        + COLUMNS + ", engagements, rate_basis, rate_denominator, engagement_rate) "
                        + "select post::uuid, ch, ws, net, at::timestamptz, imp::bigint, rea::bigint, lik::bigint, "
                        + "com::bigint, sha::bigint, sav::bigint, cli::bigint, vie::bigint, eng::bigint, basis, "
                        + "den::bigint, rate::double precision from unnest(" + columns.placeholders() + ") "
                        + "as t(post, ch, ws, net, at, imp, rea, lik, com, sha, sav, cli, vie, eng, basis, den, rate) "
                        + "on conflict (post_id, channel_id) do update set network = excluded.network, "
                        + "collected_at = excluded.collected_at, impressions = excluded.impressions, "
                        + "reach = excluded.reach, likes = excluded.likes, comments = excluded.comments, "
                        + "shares = excluded.shares, saves = excluded.saves, link_clicks = excluded.link_clicks, "
                        + "video_views = excluded.video_views, engagements = excluded.engagements, "
                        + "rate_basis = excluded.rate_basis, rate_denominator = excluded.rate_denominator, "
                        + "engagement_rate = excluded.engagement_rate "
                        + "where variant_latest_metrics.collected_at < excluded.collected_at",
                columns.values());
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
