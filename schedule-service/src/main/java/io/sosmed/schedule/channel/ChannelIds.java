package io.sosmed.schedule.channel;

import java.util.Optional;
import java.util.UUID;

/** Channel ids are UUIDs; anything else names no channel. */
final class ChannelIds {

    private ChannelIds() {
    }

    static Optional<UUID> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
