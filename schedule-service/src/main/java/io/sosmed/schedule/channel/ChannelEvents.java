package io.sosmed.schedule.channel;

import io.sosmed.platform.event.EventType;
import io.sosmed.platform.outbox.Outbox;
import io.sosmed.schedule.network.Network;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Records {@code sosmed.channel.connected/updated/disconnected.v1} in the caller's transaction. */
@ApplicationScoped
public class ChannelEvents {

    private final Outbox outbox;

    public ChannelEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void connected(Channel channel) {
        record(EventType.CHANNEL_CONNECTED, channel, ChannelChanged.of(channel));
    }

    public void updated(Channel channel) {
        record(EventType.CHANNEL_UPDATED, channel, ChannelChanged.of(channel));
    }

    public void disconnected(Channel channel, String by) {
        record(EventType.CHANNEL_DISCONNECTED, channel,
                new ChannelDisconnected(channel.id.toString(), channel.network, channel.handle, by, channel.disconnectedAt));
    }

    private void record(EventType type, Channel channel, Object data) {
        String id = channel.id.toString();
        outbox.record(type, channel.workspaceId, id, id, data);
    }

    /** Data of {@code channel.connected} and {@code channel.updated}. */
    public record ChannelChanged(String channelId, Network network, String handle, String displayName,
            String instanceUrl, String status, String zone, ChannelLimits limits, Instant at) {

        static ChannelChanged of(Channel channel) {
            return new ChannelChanged(channel.id.toString(), channel.network, channel.handle, channel.displayName,
                    channel.instanceUrl, channel.status.name(), channel.zone, channel.limits(), channel.updatedAt);
        }
    }

    /** Data of {@code channel.disconnected}. */
    public record ChannelDisconnected(String channelId, Network network, String handle, String by, Instant at) {
    }
}
