package io.sosmed.schedule.channel;

/**
 * The channel's own limits, as in the {@code limits} object of {@code sosmed.channel.*.v1}; {@code null} where the
 * network's general limit applies.
 */
public record ChannelLimits(Integer maxTextLength, Integer maxMedia) {

    public static final ChannelLimits NONE = new ChannelLimits(null, null);
}
