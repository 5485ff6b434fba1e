package io.sosmed.analytics.report;

import io.sosmed.analytics.Database;
import io.sosmed.analytics.Window;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The overview report's aggregations, done by PostgreSQL over {@code report_variant} (one row per variant with its
 * post's attributes and latest metrics): one scan with grouping sets gives the sums per group, per local day and per
 * channel posted on (the totals add up the channel rows); by tag a second scan, a variant counting in each of its
 * tags; values that are missing or blank are merged into {@code (none)} afterwards; the best and worst posts come
 * from an index in rank order.
 */
@ApplicationScoped
public class OverviewQueries {

    /** Memory for the hash aggregation of a report. */
    private static final String WORK_MEM = "32MB";

    private static final String SUMS = "count(*) as posts, "
            + "count(*) filter (where engagement_rate is not null and rate_denominator is not null) as measured, "
            + "coalesce(sum(impressions), 0) as impressions, coalesce(sum(engagements), 0) as engagements, "
            + "coalesce(sum(link_clicks), 0) as link_clicks, "
            + "coalesce(sum(engagements) filter (where engagement_rate is not null and rate_denominator is not null), 0) "
            + "as rate_engagements, "
            + "coalesce(sum(rate_denominator) filter (where engagement_rate is not null and rate_denominator is not null), 0) "
            + "as rate_denominator, "
            + "coalesce(sum(link_clicks) filter (where impressions > 0 and link_clicks is not null), 0) as ctr_clicks, "
            + "coalesce(sum(impressions) filter (where impressions > 0 and link_clicks is not null), 0) as ctr_impressions";
    private static final String IN_WINDOW = "workspace_id = ? and published_at >= ? and published_at < ? and not deleted";
    private static final String NONE = "'" + OverviewReports.NONE + "'";

    private final Database db;

    public OverviewQueries(Database db) {
        this.db = db;
    }

    /** Totals of all variants published in the window, per group, per local day, and the channels posted on. */
    public record Aggregates(Totals.Sums all, Map<String, Totals.Sums> groups, Map<LocalDate, Totals.Sums> days,
            Set<String> channels) {
    }

    /** Call in a transaction (its settings are local to it). */
    public Aggregates aggregate(String workspaceId, Window window, GroupBy groupBy) {
        scanSettings();
        Map<String, Totals.Sums> groups = new TreeMap<>();
        Map<LocalDate, Totals.Sums> days = new TreeMap<>();
        Set<String> channels = new TreeSet<>();
        Totals.Sums[] all = {Totals.Sums.NONE};
        // By channel the groups name the channels; by tag the groups come from tagGroups (unnested tags).
        String key = switch (groupBy) {
            case CHANNEL, TAG -> null;
            case NETWORK -> "coalesce(variant_network, metrics_network)";
            case CAMPAIGN -> "campaign_id";
            case PILLAR -> "pillar";
        };
        // No grouping set for the totals: every variant has one channel, so they are the sum of the channel rows.
        // One scan feeds a hash table per grouping set (summing per (key, day, channel) first and then per set was
        // slower: by campaign the cells were nearly as many as the variants, 332 ms p95 at 100,000 variants).
        String sets = (key == null ? "" : "(key), ") + "(day), (channel_id)";
        db.query("select " + (key == null ? "1 as by_key, null as key" : "grouping(key) as by_key, key")
                        + ", grouping(day) as by_day, day, channel_id, " + SUMS
                        + " from report_variant, lateral (select " + (key == null ? "" : key + " as key, ")
                        + "(published_at at time zone " + zone(window) + ")::date as day) local "
                        + "where " + IN_WINDOW + " group by grouping sets (" + sets + ")",
                row -> {
                    Totals.Sums sums = sums(row);
                    if (row.longValue("by_key") == 0) {
                        groups.merge(orNone(row.string("key")), sums, Totals.Sums::plus);
                    } else if (row.longValue("by_day") == 0) {
                        days.put(row.localDate("day"), sums);
                    } else {
                        channels.add(row.string("channel_id"));
                        all[0] = all[0].plus(sums);
                        if (groupBy == GroupBy.CHANNEL) {
                            groups.put(row.string("channel_id"), sums);
                        }
                    }
                    return sums;
                }, zoneParameter(window), workspaceId, window.from(), window.to());
        return new Aggregates(all[0], groups, days, channels);
    }

    /**
     * The sums per tag of the variants published in the window, a variant counting in each of its tags (untagged
     * ones in {@code (none)}); by tag {@link #aggregate} leaves the groups to this query, which can run at the same
     * time on another connection. Call in a transaction (its settings are local to it).
     */
    public Map<String, Totals.Sums> tagGroups(String workspaceId, Window window) {
        scanSettings();
        Map<String, Totals.Sums> groups = new TreeMap<>();
        db.query("select tag, " + SUMS + " from report_variant cross join lateral unnest(case when "
                        + "cardinality(tags) = 0 then array[" + NONE + "] else tags end) as tag "
                        + "where " + IN_WINDOW + " group by tag",
                row -> groups.put(row.string("tag"), sums(row)), workspaceId, window.from(), window.to());
        return groups;
    }

    /**
     * Settings of this transaction for a scan of the window: memory for the hash aggregation (the planner falls back
     * to slower sorts without it), and a plan made for the actual parameters each time. The driver prepares a
     * statement on the server after five executions, and PostgreSQL's generic plan for it, not knowing the window,
     * expects 0.5% of the rows and reads all of a year's 100,000 variants through the published-at index instead of
     * scanning the table: 140-190 ms instead of 85-90 ms per report.
     */
    private void scanSettings() {
        db.update("set local work_mem = '" + WORK_MEM + "'");
        db.update("set local plan_cache_mode = force_custom_plan");
    }

    /** A missing or blank group value is grouped as {@code (none)}. */
    private static String orNone(String value) {
        return value == null || value.isBlank() ? OverviewReports.NONE : value;
    }

    /**
     * The {@code limit} variants with the highest engagement rate (ties: earlier published first), or with
     * {@code best} false the lowest (ties: later published first).
     */
    public List<OverviewReport.PostResult> ranked(String workspaceId, Window window, boolean best, int limit) {
        String order = best ? "r.engagement_rate desc, r.published_at, r.post_id, r.channel_id"
                : "r.engagement_rate, r.published_at desc, r.post_id desc, r.channel_id desc";
        return db.query("select r.post_id, r.channel_id, coalesce(r.variant_network, r.metrics_network) as network, "
                        + "p.title, r.published_at, r.engagements, r.impressions, r.engagement_rate "
                        + "from report_variant r left join tracked_post p on p.post_id = r.post_id "
                        + "where r.workspace_id = ? and r.published_at >= ? and r.published_at < ? and not r.deleted "
                        + "and r.engagement_rate is not null order by " + order + " limit ?",
                row -> new OverviewReport.PostResult(row.uuid("post_id"), row.string("channel_id"),
                        row.string("network"), row.string("title"), row.instant("published_at"),
                        row.longValue("engagements"), row.longOrNull("impressions"),
                        row.doubleOrNull("engagement_rate")),
                workspaceId, window.from(), window.to(), limit);
    }

    /** Each channel's last follower count at the start and at the end of the window (null when none is known). */
    public List<OverviewReport.FollowerGrowth> followers(String workspaceId, Window window, List<String> channelIds) {
        String latest = "(select s.followers from metric_snapshot s where s.workspace_id = ? and s.channel_id = c.id "
                + "and s.post_id is null and s.followers is not null and s.collected_at <= ? "
                + "order by s.collected_at desc limit 1)";
        List<OverviewReport.FollowerGrowth> growth = new ArrayList<>();
        db.query("select c.id, " + latest + " as at_start, " + latest + " as at_end "
                        + "from unnest(?::text[]) with ordinality as c(id, i) order by c.i",
                row -> growth.add(new OverviewReport.FollowerGrowth(row.string("id"), null,
                        row.longOrNull("at_start"), row.longOrNull("at_end"), null)),
                workspaceId, window.from(), workspaceId, window.to().minusNanos(1), channelIds);
        return growth;
    }

    /** The report's zone for {@code at time zone}: a fixed offset as an interval (east positive), else its IANA id. */
    private static String zone(Window window) {
        return window.zone().normalized() instanceof ZoneOffset ? "?::interval" : "?::text";
    }

    private static String zoneParameter(Window window) {
        return window.zone().normalized() instanceof ZoneOffset offset ? offset.getTotalSeconds() + " seconds"
                : window.zone().getId();
    }

    private static Totals.Sums sums(Database.Row row) throws SQLException {
        return new Totals.Sums(row.longValue("posts"), row.longValue("measured"), row.longValue("impressions"),
                row.longValue("engagements"), row.longValue("link_clicks"), row.longValue("rate_engagements"),
                row.longValue("rate_denominator"), row.longValue("ctr_clicks"), row.longValue("ctr_impressions"));
    }
}
