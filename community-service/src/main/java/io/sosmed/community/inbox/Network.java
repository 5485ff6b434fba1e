package io.sosmed.community.inbox;

import java.util.Arrays;
import java.util.Optional;

/** Social networks inbox items come from (the enum of the event schemas). */
public enum Network {
    X, LINKEDIN, FACEBOOK, INSTAGRAM, THREADS, MASTODON, BLUESKY, TIKTOK, YOUTUBE, PINTEREST;

    public static Optional<Network> parse(String value) {
        return Arrays.stream(values()).filter(n -> n.name().equals(value)).findFirst();
    }
}
