package io.sosmed.analytics.channel;

import java.time.ZoneId;
import java.time.ZoneOffset;

/** A channel as analytics-service knows it from channel events; zone is where its local-time reports are drawn. */
public record KnownChannel(String channelId, String workspaceId, String network, String handle, String displayName,
        String zone, String status) {

    /** The channel's zone, UTC when the announced zone is not a valid IANA id. */
    public ZoneId zoneId() {
        try {
            return ZoneId.of(zone);
        } catch (RuntimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
