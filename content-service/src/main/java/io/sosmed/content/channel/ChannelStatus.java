package io.sosmed.content.channel;

/** A channel's health as schedule-service reports it; DISCONNECTED once the account was removed. */
public enum ChannelStatus {
    ACTIVE,
    NEEDS_RECONNECT,
    PAUSED,
    DISCONNECTED
}
