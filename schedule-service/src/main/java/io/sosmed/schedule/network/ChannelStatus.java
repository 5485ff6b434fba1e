package io.sosmed.schedule.network;

/** Health of a connected channel, as in {@code sosmed.channel.*.v1}. */
public enum ChannelStatus {
    ACTIVE,
    /** An auth failure the connector could not fix by refreshing: due work waits until a person reconnects. */
    NEEDS_RECONNECT,
    /** Disconnected by a person; kept for history, never published to. */
    DISCONNECTED
}
