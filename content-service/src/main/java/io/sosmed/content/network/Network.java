package io.sosmed.content.network;

import io.sosmed.platform.problem.ProblemException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A social network Sosmed publishes to; its id is case-insensitive in paths. */
public enum Network {
    X("X"),
    LINKEDIN("LinkedIn"),
    FACEBOOK("Facebook"),
    INSTAGRAM("Instagram"),
    THREADS("Threads"),
    MASTODON("Mastodon"),
    BLUESKY("Bluesky"),
    TIKTOK("TikTok"),
    YOUTUBE("YouTube"),
    PINTEREST("Pinterest");

    private final String displayName;

    Network(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** Parses a path segment such as {@code bluesky} or {@code X}; anything else answers 404. */
    public static Network fromPath(String id) {
        String wanted = id == null ? "" : id.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(network -> network.name().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new ProblemException(404, "unknown-network", "Unknown network",
                        "No network '" + id + "'; known networks: " + Arrays.stream(values())
                                .map(Network::name).collect(Collectors.joining(", "))));
    }
}
