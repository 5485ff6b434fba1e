package io.sosmed.analytics.metrics;

import io.sosmed.analytics.Database;
import io.sosmed.analytics.Window;
import io.sosmed.analytics.channel.Channels;
import io.sosmed.analytics.channel.KnownChannel;
import io.sosmed.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** Reads metric series for the API. */
@ApplicationScoped
public class MetricsQueries {

    private final Database db;
    private final MetricSeries series;
    private final Channels channels;

    public MetricsQueries(Database db, MetricSeries series, Channels channels) {
        this.db = db;
        this.series = series;
        this.channels = channels;
    }

    @Transactional
    public PostMetricsResponse forPost(String workspaceId, UUID postId) {
        List<PostMetricsResponse.ChannelSeries> result = db.query(
                "select c.channel_id, v.network, v.external_id, v.published_at from ("
                        + "select channel_id from post_variant where workspace_id = ? and post_id = ? "
                        + "union select distinct channel_id from metric_snapshot where workspace_id = ? and post_id = ?"
                        + ") c left join post_variant v on v.post_id = ? and v.channel_id = c.channel_id "
                        + "order by c.channel_id",
                row -> new PostMetricsResponse.ChannelSeries(row.string("channel_id"), row.string("network"),
                        row.string("external_id"), row.instant("published_at"), null, List.of()),
                workspaceId, postId, workspaceId, postId, postId);
        boolean tracked = !db.query("select 1 from tracked_post where workspace_id = ? and post_id = ?",
                row -> 1, workspaceId, postId).isEmpty();
        if (result.isEmpty() && !tracked) {
            throw ProblemException.notFound("Post", postId.toString());
        }
        return new PostMetricsResponse(postId, result.stream().map(channel -> {
            List<MetricPoint> history = series.variantHistory(workspaceId, postId, channel.channelId());
            MetricPoint latest = history.isEmpty() ? null : history.get(history.size() - 1);
            String network = channel.network() != null ? channel.network()
                    : history.isEmpty() ? null : networkOf(workspaceId, channel.channelId());
            return new PostMetricsResponse.ChannelSeries(channel.channelId(), network, channel.externalId(),
                    channel.publishedAt(), latest, history);
        }).toList());
    }

    @Transactional
    public ChannelMetricsResponse forChannel(String workspaceId, String channelId, Window window) {
        KnownChannel known = channels.find(workspaceId, channelId).orElse(null);
        String network = known != null ? known.network() : networkOf(workspaceId, channelId);
        if (network == null) {
            throw ProblemException.notFound("Channel", channelId);
        }
        List<ChannelMetricsResponse.FollowerPoint> history = series.channelHistory(workspaceId, channelId,
                        window.from(), window.to()).stream()
                .filter(point -> point.followers() != null)
                .map(point -> new ChannelMetricsResponse.FollowerPoint(point.collectedAt(), point.followers()))
                .toList();
        Long atStart = series.followersAt(workspaceId, channelId, window.from());
        if (atStart == null && !history.isEmpty()) {
            atStart = history.get(0).followers();
        }
        Long latest = history.isEmpty() ? atStart : history.get(history.size() - 1).followers();
        Long growth = latest == null || atStart == null ? null : latest - atStart;
        Double growthRate = growth == null || atStart == 0 ? null : (double) growth / atStart;
        return new ChannelMetricsResponse(channelId, network, known == null ? null : known.zone(), window.from(),
                window.to(), latest, atStart, growth, growthRate, history);
    }

    private String networkOf(String workspaceId, String channelId) {
        return db.query("select network from metric_snapshot where workspace_id = ? and channel_id = ? limit 1",
                row -> row.string("network"), workspaceId, channelId).stream().findFirst().orElse(null);
    }
}
