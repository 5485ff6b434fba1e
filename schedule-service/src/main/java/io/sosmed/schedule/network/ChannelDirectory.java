package io.sosmed.schedule.network;

import java.util.List;
import java.util.Optional;

/**
 * The workspace's connected channels, for scheduling and publishing; implemented by the channel store, which owns the
 * encrypted credentials. Unknown ids and other workspaces' channels are empty.
 */
public interface ChannelDirectory {

    Optional<ChannelSummary> find(String workspaceId, String channelId);

    List<ChannelSummary> list(String workspaceId);

    /** Decrypted access for a connector call; empty when the channel is unknown or disconnected. */
    Optional<ChannelContext> context(String workspaceId, String channelId);

    /** Records an auth failure: status NEEDS_RECONNECT and a {@code channel.updated} event, in the caller's transaction. */
    void markNeedsReconnect(String workspaceId, String channelId, String reason);
}
