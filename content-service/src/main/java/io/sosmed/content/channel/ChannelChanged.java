package io.sosmed.content.channel;

import io.sosmed.content.network.Network;
import java.time.Instant;

/** The fields content-service reads from {@code sosmed.channel.connected.v1} and {@code sosmed.channel.updated.v1}. */
public record ChannelChanged(String channelId, Network network, String handle, String displayName, String instanceUrl,
        ChannelStatus status, String zone, Limits limits, Instant at) {

    /** The channel's own limits; null values mean the network's default. */
    public record Limits(Integer maxTextLength, Integer maxMedia) {
    }
}
