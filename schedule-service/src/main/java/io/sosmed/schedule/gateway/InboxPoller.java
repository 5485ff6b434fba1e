package io.sosmed.schedule.gateway;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.sosmed.platform.event.EventType;
import io.sosmed.platform.outbox.Outbox;
import io.sosmed.schedule.network.ChannelContext;
import io.sosmed.schedule.network.ChannelDirectory;
import io.sosmed.schedule.network.ChannelStatus;
import io.sosmed.schedule.network.ChannelSummary;
import io.sosmed.schedule.network.FailureKind;
import io.sosmed.schedule.network.InboxItem;
import io.sosmed.schedule.network.InboxItemKey;
import io.sosmed.schedule.network.InboxPage;
import io.sosmed.schedule.network.Network;
import io.sosmed.schedule.network.NetworkConnector;
import io.sosmed.schedule.network.NetworkConnectors;
import io.sosmed.schedule.network.NetworkException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Polls each active channel's comments, mentions and DMs from its stored cursor and emits
 * {@code sosmed.inbox.item.received.v1} per new item; the items and the advanced cursor commit together.
 */
@ApplicationScoped
public class InboxPoller {

    private final GatewayClaims claims;
    private final EntityManager entityManager;
    private final ChannelDirectory channels;
    private final NetworkConnectors connectors;
    private final Outbox outbox;
    private final GatewayConfig config;

    public InboxPoller(GatewayClaims claims, EntityManager entityManager, ChannelDirectory channels,
            NetworkConnectors connectors, Outbox outbox, GatewayConfig config) {
        this.claims = claims;
        this.entityManager = entityManager;
        this.channels = channels;
        this.connectors = connectors;
        this.outbox = outbox;
        this.config = config;
    }

    /** Polls every channel due at {@code now}; returns how many items were emitted. */
    public int pollDue(Instant now) {
        int emitted = 0;
        for (UUID channelId : claims.claimInboxes(now, config.batchSize(), now.plus(config.lease()))) {
            emitted += poll(channelId, now);
        }
        return emitted;
    }

    private int poll(UUID channelId, Instant now) {
        InboxPoll row = QuarkusTransaction.requiringNew().call(() -> entityManager.find(InboxPoll.class, channelId));
        Optional<ChannelSummary> summary = channels.find(row.workspaceId, channelId.toString());
        Optional<NetworkConnector> connector = summary.flatMap(s -> connectors.of(s.network()));
        Optional<ChannelContext> context = channels.context(row.workspaceId, channelId.toString());
        if (summary.isEmpty() || summary.get().status() != ChannelStatus.ACTIVE || connector.isEmpty()
                || context.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> remove(channelId));
            return 0;
        }
        try {
            InboxPage page = connector.get().inbox(context.get(), row.cursor);
            QuarkusTransaction.requiringNew().run(() -> record(channelId, summary.get(), page, now));
            return page.items().size();
        } catch (NetworkException e) {
            QuarkusTransaction.requiringNew().run(() -> failed(channelId, e, now));
            return 0;
        }
    }

    private void record(UUID channelId, ChannelSummary channel, InboxPage page, Instant now) {
        InboxPoll row = entityManager.find(InboxPoll.class, channelId);
        for (InboxItem item : page.items()) {
            String key = InboxItemKey.of(channel.channelId(), item);
            outbox.record(EventType.INBOX_ITEM_RECEIVED, channel.workspaceId(), key, item.externalId(),
                    InboxItemReceived.of(channel.channelId(), channel.network(), item));
        }
        if (!page.items().isEmpty()) {
            Log.infof("Workspace %s channel %s: %d new inbox items", channel.workspaceId(), channelId, page.items().size());
        }
        row.cursor = page.cursor();
        row.lastPolledAt = now;
        row.lastError = null;
        row.dueAt = now.plus(config.inboxPollInterval());
        row.leaseUntil = null;
    }

    private void failed(UUID channelId, NetworkException failure, Instant now) {
        InboxPoll row = entityManager.find(InboxPoll.class, channelId);
        if (failure.kind() == FailureKind.AUTH) {
            channels.markNeedsReconnect(row.workspaceId, channelId.toString(), failure.getMessage());
        }
        Log.infof("Workspace %s channel %s: inbox poll failed (%s)", row.workspaceId, channelId, failure.code());
        row.lastError = failure.getMessage();
        row.dueAt = now.plus(failure.retryAfter().filter(wait -> wait.compareTo(config.inboxPollInterval()) > 0)
                .orElse(config.inboxPollInterval()));
        row.leaseUntil = null;
    }

    private void remove(UUID channelId) {
        InboxPoll row = entityManager.find(InboxPoll.class, channelId);
        if (row != null) {
            entityManager.remove(row);
        }
    }

    /** Data of {@code sosmed.inbox.item.received.v1}. */
    public record InboxItemReceived(Network network, String channelId, String externalId, InboxItem.Kind kind,
            InboxItem.Author author, String text, Instant receivedAt, String parentExternalId,
            String conversationExternalId, String postExternalId) {

        static InboxItemReceived of(String channelId, Network network, InboxItem item) {
            return new InboxItemReceived(network, channelId, item.externalId(), item.kind(), item.author(), item.text(),
                    item.receivedAt(), item.parentExternalId(), item.conversationExternalId(), item.postExternalId());
        }
    }
}
