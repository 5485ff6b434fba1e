package io.sosmed.schedule.gateway;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.sosmed.platform.event.EventType;
import io.sosmed.platform.outbox.Outbox;
import io.sosmed.schedule.network.ChannelContext;
import io.sosmed.schedule.network.ChannelDirectory;
import io.sosmed.schedule.network.Metrics;
import io.sosmed.schedule.network.Network;
import io.sosmed.schedule.network.NetworkConnector;
import io.sosmed.schedule.network.NetworkConnectors;
import io.sosmed.schedule.network.NetworkException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads the metrics of published posts when their step is due and emits {@code sosmed.metrics.collected.v1}. Network
 * calls happen outside transactions; each row's outcome commits on its own.
 */
@ApplicationScoped
public class MetricsCollector {

    private final GatewayClaims claims;
    private final EntityManager entityManager;
    private final ChannelDirectory channels;
    private final NetworkConnectors connectors;
    private final Outbox outbox;
    private final GatewayConfig config;

    public MetricsCollector(GatewayClaims claims, EntityManager entityManager, ChannelDirectory channels,
            NetworkConnectors connectors, Outbox outbox, GatewayConfig config) {
        this.claims = claims;
        this.entityManager = entityManager;
        this.channels = channels;
        this.connectors = connectors;
        this.outbox = outbox;
        this.config = config;
    }

    /** Starts the schedule of a post published on a channel; a repeated call for the same post changes nothing. */
    public void schedule(String workspaceId, String channelId, Network network, UUID postId, String externalId,
            Instant publishedAt) {
        entityManager.createNativeQuery("""
                insert into metrics_schedule (id, workspace_id, channel_id, network, post_id, external_id, published_at,
                                              step, due_at, attempts, created_at)
                values (:id, :ws, :channel, :network, :post, :external, :published, 0, :due, 0, :now)
                on conflict (channel_id, external_id) do nothing""")
                .setParameter("id", UUID.randomUUID())
                .setParameter("ws", workspaceId)
                .setParameter("channel", channelId)
                .setParameter("network", network.name())
                .setParameter("post", postId)
                .setParameter("external", externalId)
                .setParameter("published", publishedAt)
                .setParameter("due", publishedAt.plus(MetricsSchedule.STEPS.get(0)))
                .setParameter("now", Instant.now())
                .executeUpdate();
    }

    /** Collects every step due at {@code now}; returns how many readings were emitted. */
    public int collectDue(Instant now) {
        int emitted = 0;
        List<UUID> due = claims.claimMetrics(now, config.batchSize(), now.plus(config.lease()));
        for (UUID id : due) {
            if (collect(id, now)) {
                emitted++;
            }
        }
        return emitted;
    }

    private boolean collect(UUID id, Instant now) {
        MetricsSchedule row = QuarkusTransaction.requiringNew().call(() -> entityManager.find(MetricsSchedule.class, id));
        Optional<ChannelContext> channel = channels.context(row.workspaceId, row.channelId);
        Optional<NetworkConnector> connector = connectors.of(row.network);
        if (channel.isEmpty() || connector.isEmpty()) {
            Log.infof("Stopping metrics of %s on channel %s: the channel is gone or its network has no connector",
                    row.externalId, row.channelId);
            QuarkusTransaction.requiringNew().run(() -> remove(id));
            return false;
        }
        try {
            Metrics metrics = connector.get().postMetrics(channel.get(), row.externalId);
            QuarkusTransaction.requiringNew().run(() -> recordReading(id, metrics, now));
            return true;
        } catch (NetworkException e) {
            QuarkusTransaction.requiringNew().run(() -> failed(id, e, now));
            return false;
        }
    }

    private void recordReading(UUID id, Metrics metrics, Instant now) {
        MetricsSchedule row = entityManager.find(MetricsSchedule.class, id);
        String key = row.postId != null ? row.postId.toString() : row.externalId;
        outbox.record(EventType.METRICS_COLLECTED, row.workspaceId, key, key, new MetricsCollected(row.channelId,
                row.network, row.postId, row.externalId, now, metrics));
        if (!row.advance()) {
            entityManager.remove(row);
        }
    }

    private void failed(UUID id, NetworkException failure, Instant now) {
        MetricsSchedule row = entityManager.find(MetricsSchedule.class, id);
        switch (failure.kind()) {
            case AUTH -> {
                channels.markNeedsReconnect(row.workspaceId, row.channelId, failure.getMessage());
                retryLater(row, now.plus(config.metricsRetryDelay()));
            }
            case PERMANENT -> {
                Log.infof("Metrics of %s on channel %s can no longer be read (%s); stopping", row.externalId,
                        row.channelId, failure.code());
                entityManager.remove(row);
            }
            default -> {
                row.attempts++;
                if (row.attempts >= config.metricsMaxAttempts()) {
                    Log.warnf("Skipping metrics step %d of %s on channel %s after %d failures: %s", row.step,
                            row.externalId, row.channelId, row.attempts, failure.getMessage());
                    if (!row.advance()) {
                        entityManager.remove(row);
                    }
                    return;
                }
                Duration wait = failure.retryAfter().orElse(config.metricsRetryDelay());
                retryLater(row, now.plus(wait));
            }
        }
    }

    private static void retryLater(MetricsSchedule row, Instant at) {
        row.dueAt = at;
        row.leaseUntil = null;
    }

    private void remove(UUID id) {
        MetricsSchedule row = entityManager.find(MetricsSchedule.class, id);
        if (row != null) {
            entityManager.remove(row);
        }
    }

    /** Data of {@code sosmed.metrics.collected.v1}. */
    public record MetricsCollected(String channelId, Network network, UUID postId, String externalId,
            Instant collectedAt, Metrics metrics) {
    }
}
