package io.sosmed.analytics.channel;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/** The fields of {@code sosmed.channel.connected.v1} and {@code sosmed.channel.updated.v1} this service reads. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChannelChanged(String channelId, String network, String handle, String displayName, String status,
        String zone, Instant at) {
}
