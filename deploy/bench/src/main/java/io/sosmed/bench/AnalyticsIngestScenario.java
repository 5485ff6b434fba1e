package io.sosmed.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sosmed.local.SosmedService;
import java.time.Instant;
import java.util.UUID;

/**
 * analytics-service ingesting {@code sosmed.metrics.collected.v1} from Kafka: 5,000 events/s offered for 30 s
 * (the sustained rate), each a new point of one of 2,000 published variants on 200 channels; measured is the
 * rate at which the points are stored (through the batch consumer: one transaction per Kafka poll).
 */
final class AnalyticsIngestScenario implements Scenario {

    private static final int RATE = 5_000;
    private static final int EVENTS = RATE * 30;
    private static final int CHANNELS = 200;
    private static final int POSTS = 2_000;
    private static final String WORKSPACE = "bench-analytics";

    @Override
    public String name() {
        return "analytics-ingest";
    }

    @Override
    public String description() {
        return "metrics.collected events offered at 5,000/s for 30 s; rate at which analytics-service stores them";
    }

    @Override
    public ScenarioResult run(BenchContext context) throws Exception {
        RowCountWatch stored = new RowCountWatch(context, SosmedService.ANALYTICS,
                "select count(*) from metric_snapshot where workspace_id = '" + WORKSPACE + "'");
        UUID[] posts = new UUID[POSTS];
        for (int i = 0; i < POSTS; i++) {
            posts[i] = UUID.randomUUID();
        }
        Instant base = Instant.parse("2026-01-01T00:00:00Z");
        return IngestRun.measure(this, "5,000 metric events/s sustained",
                context, "engagement-metrics", EVENTS, RATE,
                i -> {
                    String channel = "bench-channel-" + (i % CHANNELS);
                    ObjectNode metrics = CloudEvents.object().put("impressions", 1000 + i).put("likes", 40 + i % 50)
                            .put("comments", i % 7).put("shares", i % 5);
                    ObjectNode data = CloudEvents.object().put("channelId", channel).put("network", "MASTODON")
                            .put("postId", posts[i % POSTS].toString()).put("externalId", "ext-" + (i % POSTS))
                            .put("collectedAt", base.plusSeconds(i).toString());
                    data.set("metrics", metrics);
                    return new PacedProducer.Message(channel, CloudEvents.envelope("metrics.collected", WORKSPACE,
                            channel, data));
                }, stored);
    }
}
