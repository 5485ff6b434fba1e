package io.sosmed.schedule.channel;

import io.sosmed.schedule.network.ChannelStatus;
import io.sosmed.schedule.network.Network;
import java.time.Instant;

/** A channel as clients see it: never any credential. */
public record ChannelResponse(
        String id,
        String workspaceId,
        Network network,
        String handle,
        String displayName,
        String instanceUrl,
        String zone,
        ChannelStatus status,
        String statusReason,
        ChannelLimits limits,
        String connectedBy,
        Instant connectedAt,
        Instant updatedAt,
        Instant disconnectedAt) {

    public static ChannelResponse of(Channel channel) {
        return new ChannelResponse(channel.id.toString(), channel.workspaceId, channel.network, channel.handle,
                channel.displayName, channel.instanceUrl, channel.zone, channel.status, channel.statusReason,
                channel.limits(), channel.connectedBy, channel.createdAt, channel.updatedAt, channel.disconnectedAt);
    }
}
