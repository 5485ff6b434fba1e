package io.sosmed.schedule.network;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The social networks Sosmed publishes to; ids are the ones used in every API and event. */
public enum Network {
    X, LINKEDIN, FACEBOOK, INSTAGRAM, THREADS, MASTODON, BLUESKY, TIKTOK, YOUTUBE, PINTEREST;

    /** Case-insensitive lookup, for path and body values. */
    public static Optional<Network> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String upper = value.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(n -> n.name().equals(upper)).findFirst();
    }
}
