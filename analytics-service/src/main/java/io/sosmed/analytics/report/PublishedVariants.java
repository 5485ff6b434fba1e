package io.sosmed.analytics.report;

import io.sosmed.analytics.Database;
import io.sosmed.analytics.Window;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Published variants of a workspace in a window, joined with their latest metrics and post attributes. */
@ApplicationScoped
public class PublishedVariants {

    private final Database db;

    public PublishedVariants(Database db) {
        this.db = db;
    }

    /** Variants published in [from, to), optionally on one network only (null: all). */
    public List<PublishedVariant> in(String workspaceId, Window window, String network) {
        return db.query("select v.post_id, v.channel_id, coalesce(v.network, m.network) as network, p.title, "
                        + "p.campaign_id, p.pillar, p.tags, v.published_at, m.impressions, "
                        + "coalesce(m.engagements, 0) as engagements, m.link_clicks, m.rate_denominator, "
                        + "m.engagement_rate, v.text, v.link, v.media_count, v.media_type "
                        + "from post_variant v "
                        + "left join variant_latest_metrics m on m.post_id = v.post_id and m.channel_id = v.channel_id "
                        + "left join tracked_post p on p.post_id = v.post_id "
                        + "where v.workspace_id = ? and v.published_at >= ? and v.published_at < ? "
                        + "and (p.status is null or p.status <> 'DELETED') "
                        + (network == null ? "" : "and coalesce(v.network, m.network) = ? ")
                        + "order by v.published_at, v.post_id, v.channel_id",
                row -> new PublishedVariant(row.uuid("post_id"), row.string("channel_id"), row.string("network"),
                        row.string("title"), row.string("campaign_id"), row.string("pillar"), row.strings("tags"),
                        row.instant("published_at"), row.longOrNull("impressions"), row.longValue("engagements"),
                        row.longOrNull("link_clicks"), row.longOrNull("rate_denominator"),
                        row.doubleOrNull("engagement_rate"), row.string("text"), row.string("link"),
                        (int) row.longValue("media_count"), row.string("media_type")),
                network == null ? new Object[] {workspaceId, window.from(), window.to()}
                        : new Object[] {workspaceId, window.from(), window.to(), network});
    }
}
