package io.sosmed.schedule.channel;

/** Changes a channel's settings; an absent (null) field stays as it is. */
public record UpdateChannelRequest(String zone, String displayName) {
}
