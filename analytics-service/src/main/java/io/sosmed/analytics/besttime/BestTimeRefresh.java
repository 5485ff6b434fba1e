package io.sosmed.analytics.besttime;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.sosmed.analytics.Database;
import io.sosmed.platform.event.EventType;
import io.sosmed.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Debounces best-time announcements: new metrics only mark a channel stale; every refresh interval each stale
 * channel is recomputed once and {@code sosmed.best-times.updated.v1} is emitted only when its scores changed.
 */
@ApplicationScoped
public class BestTimeRefresh {

    private final Database db;
    private final BestTimes bestTimes;
    private final Outbox outbox;

    public BestTimeRefresh(Database db, BestTimes bestTimes, Outbox outbox) {
        this.db = db;
        this.bestTimes = bestTimes;
        this.outbox = outbox;
    }

    /** Called in the transaction that stored new metrics for the channel. */
    public void markStale(String workspaceId, String channelId) {
        db.update("insert into best_time_state (channel_id, workspace_id, stale) values (?, ?, true) "
                + "on conflict (channel_id) do update set stale = true", channelId, workspaceId);
    }

    /**
     * Marks channels stale in one statement (channel id to workspace id), in channel order so concurrent writers
     * lock rows alike.
     */
    public void markStale(java.util.SortedMap<String, String> workspaceByChannel) {
        if (workspaceByChannel.isEmpty()) {
            return;
        }
        db.update("insert into best_time_state (channel_id, workspace_id, stale) "
                + "select ch, ws, true from unnest(?::text[], ?::text[]) as t(ch, ws) "
                + "on conflict (channel_id) do update set stale = true",
                List.copyOf(workspaceByChannel.keySet()), List.copyOf(workspaceByChannel.values()));
    }

    @Scheduled(identity = "best-times-refresh", every = "${sosmed.best-times.refresh-every:5m}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshStale() {
        record Stale(String workspaceId, String channelId) {
        }
        List<Stale> stale = QuarkusTransaction.requiringNew().call(() -> db.query(
                "select workspace_id, channel_id from best_time_state where stale limit 500",
                row -> new Stale(row.string("workspace_id"), row.string("channel_id"))));
        for (Stale channel : stale) {
            try {
                QuarkusTransaction.requiringNew().run(() -> refresh(channel.workspaceId(), channel.channelId()));
            } catch (RuntimeException e) {
                Log.warnf(e, "Best times of channel %s in workspace %s could not be refreshed", channel.channelId(),
                        channel.workspaceId());
            }
        }
    }

    /** Recomputes one channel and announces its scores when they differ from the last announcement. */
    void refresh(String workspaceId, String channelId) {
        BestTimesResponse times = bestTimes.compute(workspaceId, channelId);
        String fingerprint = fingerprint(times);
        int changed = db.update("update best_time_state set stale = false, fingerprint = ?, announced_at = now() "
                + "where channel_id = ? and fingerprint is distinct from ?", fingerprint, channelId, fingerprint);
        if (changed == 1) {
            outbox.record(EventType.BEST_TIMES_UPDATED, workspaceId, channelId, channelId, new BestTimesUpdated(
                    channelId, times.network(), times.zone(), times.computedAt(), times.source(), times.slots()));
            Log.infof("Best times of channel %s in workspace %s changed (source %s)", channelId, workspaceId,
                    times.source());
        } else {
            db.update("update best_time_state set stale = false where channel_id = ?", channelId);
        }
    }

    private static String fingerprint(BestTimesResponse times) {
        StringBuilder text = new StringBuilder(times.source().name()).append('|').append(times.zone());
        times.slots().forEach(slot -> text.append('|').append(String.format(Locale.ROOT, "%.6f", slot.score())));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
