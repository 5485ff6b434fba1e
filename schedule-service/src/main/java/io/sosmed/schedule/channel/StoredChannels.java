package io.sosmed.schedule.channel;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.sosmed.schedule.network.ChannelContext;
import io.sosmed.schedule.network.ChannelDirectory;
import io.sosmed.schedule.network.ChannelStatus;
import io.sosmed.schedule.network.ChannelSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The channel store as scheduling and publishing see it. */
@ApplicationScoped
public class StoredChannels implements ChannelDirectory {

    private final ChannelRepository channels;
    private final ChannelCredentials credentials;
    private final ChannelEvents events;

    public StoredChannels(ChannelRepository channels, ChannelCredentials credentials, ChannelEvents events) {
        this.channels = channels;
        this.credentials = credentials;
        this.events = events;
    }

    @Override
    @Transactional
    public Optional<ChannelSummary> find(String workspaceId, String channelId) {
        return lookup(workspaceId, channelId).map(StoredChannels::summary);
    }

    @Override
    @Transactional
    public List<ChannelSummary> list(String workspaceId) {
        return channels.listNotDisconnected(workspaceId).stream().map(StoredChannels::summary).toList();
    }

    @Override
    @Transactional
    public Optional<ChannelContext> context(String workspaceId, String channelId) {
        return lookup(workspaceId, channelId)
                .filter(channel -> channel.status != ChannelStatus.DISCONNECTED)
                .map(this::context);
    }

    @Override
    @Transactional
    public void markNeedsReconnect(String workspaceId, String channelId, String reason) {
        lookup(workspaceId, channelId)
                .filter(channel -> channel.status == ChannelStatus.ACTIVE)
                .ifPresent(channel -> {
                    channel.status = ChannelStatus.NEEDS_RECONNECT;
                    channel.statusReason = reason;
                    channel.updatedAt = Instant.now();
                    events.updated(channel);
                    Log.warnf("Workspace %s: %s channel %s needs reconnecting: %s", workspaceId, channel.network,
                            channel.id, reason);
                });
    }

    /** Connection context for a channel already loaded (the gateway's polling loops). */
    public ChannelContext context(Channel channel) {
        URI baseUrl = channel.instanceUrl == null ? null : URI.create(channel.instanceUrl);
        return new ChannelContext(channel.workspaceId, channel.id.toString(), channel.network, baseUrl, channel.handle,
                channel.accountId, credentials.read(channel), changed -> saveRefreshed(channel.id, changed));
    }

    /**
     * Stores credentials a connector refreshed in their own transaction: a refresh token a network rotated is spent
     * even when the caller's work rolls back, so the new one must be kept regardless.
     */
    private void saveRefreshed(UUID channelId, Map<String, String> changed) {
        QuarkusTransaction.requiringNew().run(() -> channels.findByIdOptional(channelId)
                .filter(channel -> channel.status != ChannelStatus.DISCONNECTED)
                .ifPresent(channel -> {
                    credentials.merge(channel, changed);
                    channel.updatedAt = Instant.now();
                    Log.debugf("Stored refreshed credentials of channel %s", channelId);
                }));
    }

    private Optional<Channel> lookup(String workspaceId, String channelId) {
        return ChannelIds.parse(channelId).flatMap(id -> channels.findInWorkspace(workspaceId, id));
    }

    private static ChannelSummary summary(Channel channel) {
        return new ChannelSummary(channel.workspaceId, channel.id.toString(), channel.network, channel.handle,
                channel.zone, channel.status);
    }
}
