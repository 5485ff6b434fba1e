package io.sosmed.schedule.network;

/**
 * A connected channel without its secrets, as scheduling and publishing see it.
 *
 * @param zone IANA zone the channel's queue slots and best times are in
 */
public record ChannelSummary(
        String workspaceId,
        String channelId,
        Network network,
        String handle,
        String zone,
        ChannelStatus status) {
}
