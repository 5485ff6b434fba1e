package io.sosmed.analytics.besttime;

import io.sosmed.analytics.Database;
import io.sosmed.analytics.channel.Channels;
import io.sosmed.analytics.channel.KnownChannel;
import io.sosmed.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** Computes a channel's best times from the latest engagement rates of its (or its network's) published posts. */
@ApplicationScoped
public class BestTimes {

    static final int BEST = 5;

    private final Database db;
    private final Channels channels;
    private final BestTimeConfig config;

    public BestTimes(Database db, Channels channels, BestTimeConfig config) {
        this.db = db;
        this.channels = channels;
        this.config = config;
    }

    @Transactional
    public BestTimesResponse compute(String workspaceId, String channelId) {
        KnownChannel channel = channels.find(workspaceId, channelId).orElse(null);
        String network = channel != null ? channel.network() : db.query(
                        "select network from metric_snapshot where workspace_id = ? and channel_id = ? limit 1",
                        row -> row.string("network"), workspaceId, channelId).stream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("Channel", channelId));
        ZoneId zone = channel == null ? ZoneOffset.UTC : channel.zoneId();
        List<RateSample> own = samples("v.workspace_id = ? and v.channel_id = ?", workspaceId, channelId);
        List<RateSample> others = samples("coalesce(v.network, m.network) = ? and v.channel_id <> ?", network, channelId);
        BestTimeModel.Result result = new BestTimeModel(config.minSamples(), config.priorStrength()).compute(own, others);
        return new BestTimesResponse(channelId, network, zone.getId(), result.source(), Instant.now(),
                config.minSamples(), result.channelSamples(), result.networkSamples(), result.best(BEST), result.slots());
    }

    /** Local hour of week in each post's own channel zone. */
    private List<RateSample> samples(String condition, Object first, Object second) {
        List<RateSample> samples = new ArrayList<>();
        db.query("select v.published_at, m.engagement_rate, c.zone from post_variant v "
                        + "join variant_latest_metrics m on m.post_id = v.post_id and m.channel_id = v.channel_id "
                        + "left join analytics_channel c on c.channel_id = v.channel_id "
                        + "where m.engagement_rate is not null and v.published_at is not null and " + condition
                        + " order by v.published_at desc limit ?",
                row -> {
                    ZonedDateTime local = row.instant("published_at").atZone(zone(row.string("zone")));
                    samples.add(new RateSample(local.getDayOfWeek().getValue(), local.getHour(),
                            row.doubleOrNull("engagement_rate")));
                    return null;
                }, first, second, config.sampleLimit());
        return samples;
    }

    private static ZoneId zone(String zone) {
        try {
            return zone == null ? ZoneOffset.UTC : ZoneId.of(zone);
        } catch (RuntimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
