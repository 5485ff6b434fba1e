package io.sosmed.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sosmed.local.SosmedService;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

/**
 * community-service ingesting {@code sosmed.inbox.item.received.v1}: 2,000 items/s offered for 30 s, each detected
 * for language and sentiment, threaded and stored; a third are replies to earlier items, texts in English and
 * Indonesian. Measured is the rate at which items are stored, after a warm-up (see {@link #warmUp}).
 */
final class CommunityIngestScenario implements Scenario {

    private static final int RATE = 2_000;
    private static final int ITEMS = RATE * 30;
    private static final String WORKSPACE = "bench-community";
    private static final String WARM_UP_WORKSPACE = "bench-community-warm-up";
    private static final int WARM_UP_ITEMS = ITEMS;
    private static final String[] TEXTS = {
        "Love the new feature, thanks team!",
        "pelayanan kalian buruk sekali, saya kecewa",
        "When will this be available in Europe?",
        "Terima kasih, produknya bagus sekali",
        "This is the worst update ever, the app keeps crashing",
        "Apakah ada diskon untuk pelajar?"};

    @Override
    public String name() {
        return "community-ingest";
    }

    @Override
    public String description() {
        return "inbox.item.received offered at 2,000/s for 30 s; rate at which community-service stores them "
                + "with language and sentiment";
    }

    @Override
    public ScenarioResult run(BenchContext context) throws Exception {
        Instant base = Instant.now().minus(Duration.ofHours(1));
        warmUp(context, base);
        RowCountWatch stored = storedItems(context, WORKSPACE);
        return IngestRun.measure(this, "2,000 items/s sustained including language and sentiment",
                context, "inbox-events", ITEMS, RATE, i -> message(WORKSPACE, base, i), stored);
    }

    /**
     * A running service, not one that just started on empty tables: as many items of another workspace as the
     * measured run, at the same rate, are stored first, then the inbox tables are analyzed as autovacuum would have
     * done by then. Sustained means after start-up: with a warm-up of 6,000 items, the JIT compilers of the services
     * that read {@code inbox-events} (and of the bench) still used more than a quarter of the machine's CPU during the
     * measured window (per-thread CPU of the 2026-11-26 19:23 run: 26.6 of 94 CPU-seconds). Without statistics the planner looked conversations up through a list index instead of
     * the unique thread key for the first minute (62 million index entries read in one run), so the same code
     * measured anywhere from 606 to 797 items/s.
     */
    private static void warmUp(BenchContext context, Instant base) throws Exception {
        RowCountWatch stored = storedItems(context, WARM_UP_WORKSPACE);
        long start = System.nanoTime();
        try (PacedProducer producer = new PacedProducer(context.kafkaBootstrapServers(), "inbox-events")) {
            producer.send(WARM_UP_ITEMS, RATE, i -> message(WARM_UP_WORKSPACE, base, i));
        }
        if (stored.awaitCount(WARM_UP_ITEMS, start, Duration.ofMinutes(5)) < 0) {
            throw new IllegalStateException("community-service did not store the warm-up items within 5 minutes");
        }
        try (Connection connection = context.database(SosmedService.COMMUNITY);
                Statement sql = connection.createStatement()) {
            sql.execute("analyze conversation");
            sql.execute("analyze inbox_item");
        }
    }

    private static RowCountWatch storedItems(BenchContext context, String workspace) {
        return new RowCountWatch(context, SosmedService.COMMUNITY,
                "select count(*) from inbox_item where workspace_id = '" + workspace + "'"
                        + " and language is not null and sentiment is not null");
    }

    /** Item {@code i}: a comment, a DM every fifth, a reply to the item two before every third. */
    private static PacedProducer.Message message(String workspace, Instant base, int i) {
        String externalId = "bench-" + i;
        String channelId = "bench-channel-" + (i % 20);
        boolean dm = i % 5 == 0;
        String parentExternalId = i % 3 == 2 ? "bench-" + (i - 2) : null;
        String handle = "fan" + (i % 5000);
        ObjectNode data = CloudEvents.object().put("network", i % 2 == 0 ? "X" : "MASTODON")
                .put("channelId", channelId).put("externalId", externalId)
                .put("kind", dm ? "DM" : "COMMENT").put("text", TEXTS[i % TEXTS.length] + " #" + i)
                .put("receivedAt", base.plusMillis(i).toString())
                .put("parentExternalId", parentExternalId);
        data.set("author", CloudEvents.object().put("handle", handle).put("name", "Fan " + i));
        return new PacedProducer.Message(threadKey(externalId, parentExternalId, dm, channelId, handle),
                CloudEvents.envelope("inbox.item.received", workspace, externalId, data));
    }

    /**
     * The record key as schedule-service sets it ({@code InboxItemKey}): one key per thread as far as the item tells
     * it (the parent's id for a reply, the author's thread for a DM, else the item's own id), so one conversation's
     * items are on one partition.
     */
    private static String threadKey(String externalId, String parentExternalId, boolean dm, String channelId,
            String handle) {
        if (parentExternalId != null) {
            return parentExternalId;
        }
        return dm ? "dm:" + channelId + ":" + handle : externalId;
    }
}
