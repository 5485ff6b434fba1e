package io.sosmed.schedule.support;

import io.quarkus.test.Mock;
import io.sosmed.schedule.channel.StoredChannels;
import io.sosmed.schedule.network.ChannelContext;
import io.sosmed.schedule.network.ChannelDirectory;
import io.sosmed.schedule.network.ChannelStatus;
import io.sosmed.schedule.network.ChannelSummary;
import io.sosmed.schedule.network.Network;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Channels for scheduling and engine tests, in memory (any network, including the scripted one, with controllable
 * status); every other id goes to the real channel store, so channels connected through the API behave as in production.
 */
@Mock
@ApplicationScoped
public class TestChannels implements ChannelDirectory {

    private final Map<String, ChannelSummary> channels = new ConcurrentHashMap<>();
    private final Map<String, String> reconnectReasons = new ConcurrentHashMap<>();
    private final StoredChannels stored;

    public TestChannels(StoredChannels stored) {
        this.stored = stored;
    }

    /** Connects a new channel with a unique id and returns its id. */
    public String connect(String workspaceId, Network network, String zone) {
        String id = UUID.randomUUID().toString();
        channels.put(id, new ChannelSummary(workspaceId, id, network, "@test-" + id.substring(0, 8), zone, ChannelStatus.ACTIVE));
        return id;
    }

    public void setStatus(String channelId, ChannelStatus status) {
        channels.computeIfPresent(channelId, (id, c) -> new ChannelSummary(c.workspaceId(), id, c.network(), c.handle(), c.zone(), status));
    }

    public Optional<String> reconnectReason(String channelId) {
        return Optional.ofNullable(reconnectReasons.get(channelId));
    }

    @Override
    public Optional<ChannelSummary> find(String workspaceId, String channelId) {
        if (!channels.containsKey(channelId)) {
            return stored.find(workspaceId, channelId);
        }
        return Optional.ofNullable(channels.get(channelId)).filter(c -> c.workspaceId().equals(workspaceId));
    }

    @Override
    public List<ChannelSummary> list(String workspaceId) {
        List<ChannelSummary> all = new java.util.ArrayList<>(stored.list(workspaceId));
        channels.values().stream().filter(c -> c.workspaceId().equals(workspaceId)).forEach(all::add);
        return all;
    }

    @Override
    public Optional<ChannelContext> context(String workspaceId, String channelId) {
        if (!channels.containsKey(channelId)) {
            return stored.context(workspaceId, channelId);
        }
        return find(workspaceId, channelId).filter(c -> c.status() != ChannelStatus.DISCONNECTED)
                .map(c -> new ChannelContext(workspaceId, channelId, c.network(), URI.create("https://network.test"),
                        c.handle(), "account-" + channelId, Map.of("accessToken", "test-token"), changed -> { }));
    }

    @Override
    public void markNeedsReconnect(String workspaceId, String channelId, String reason) {
        if (!channels.containsKey(channelId)) {
            stored.markNeedsReconnect(workspaceId, channelId, reason);
            return;
        }
        reconnectReasons.put(channelId, reason);
        setStatus(channelId, ChannelStatus.NEEDS_RECONNECT);
    }
}
