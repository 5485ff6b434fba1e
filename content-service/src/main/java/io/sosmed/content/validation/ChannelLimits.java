package io.sosmed.content.validation;

import io.sosmed.content.channel.Channel;
import io.sosmed.content.channel.ChannelStatus;
import io.sosmed.content.network.DraftField;
import io.sosmed.content.network.LimitOption;
import io.sosmed.content.network.NetworkRules;
import io.sosmed.content.network.TextLimit;
import io.sosmed.content.network.Violation;
import java.util.ArrayList;
import java.util.List;

/** What a channel itself adds to its network's rules: its health and its own limits. */
final class ChannelLimits {

    static final String CHANNEL_UNKNOWN = "CHANNEL_UNKNOWN";
    static final String CHANNEL_DISCONNECTED = "CHANNEL_DISCONNECTED";
    static final String CHANNEL_NEEDS_RECONNECT = "CHANNEL_NEEDS_RECONNECT";
    static final String CHANNEL_PAUSED = "CHANNEL_PAUSED";
    static final String CHANNEL_TOO_MANY_MEDIA = "CHANNEL_TOO_MANY_MEDIA";
    private static final String FIELD = "channelId";

    private ChannelLimits() {
    }

    static Violation unknown(String channelId) {
        return Violation.error(CHANNEL_UNKNOWN, FIELD, "Channel '" + channelId + "' is not connected to this workspace;"
                + " connect it in schedule-service or choose another channel");
    }

    /** Health and attachment-limit findings for a known channel. */
    static List<Violation> check(Channel channel, int mediaCount) {
        List<Violation> found = new ArrayList<>();
        if (channel.status == ChannelStatus.DISCONNECTED) {
            found.add(Violation.error(CHANNEL_DISCONNECTED, FIELD, "Channel " + channel.handle + " was disconnected"));
        } else if (channel.status == ChannelStatus.NEEDS_RECONNECT) {
            found.add(Violation.warning(CHANNEL_NEEDS_RECONNECT, FIELD, "Channel " + channel.handle
                    + " needs to be reconnected before it can publish"));
        } else if (channel.status == ChannelStatus.PAUSED) {
            found.add(Violation.warning(CHANNEL_PAUSED, FIELD, "Publishing to " + channel.handle + " is paused"));
        }
        if (channel.maxMedia != null && mediaCount > channel.maxMedia) {
            found.add(Violation.error(CHANNEL_TOO_MANY_MEDIA, "media", "Channel " + channel.handle + " takes at most "
                    + channel.maxMedia + " attachments").limited(channel.maxMedia, mediaCount, "items"));
        }
        return found;
    }

    /**
     * The channel's own text limit as the network validator's {@code maxCharacters}, when the network's text limit
     * is one a channel sets (a Mastodon instance's); null otherwise, as other networks fix their limit themselves.
     */
    static Integer maxCharacters(Channel channel, NetworkRules rules) {
        boolean configurable = rules.rule(DraftField.TEXT).stream()
                .flatMap(rule -> rule.limits().stream())
                .map(TextLimit::option)
                .anyMatch(LimitOption.MAX_CHARACTERS::equals);
        return configurable ? channel.maxTextLength : null;
    }
}
