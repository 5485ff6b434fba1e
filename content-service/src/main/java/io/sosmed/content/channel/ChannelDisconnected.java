package io.sosmed.content.channel;

import io.sosmed.content.network.Network;
import java.time.Instant;

/** The fields content-service reads from {@code sosmed.channel.disconnected.v1}. */
public record ChannelDisconnected(String channelId, Network network, String handle, Instant at) {
}
