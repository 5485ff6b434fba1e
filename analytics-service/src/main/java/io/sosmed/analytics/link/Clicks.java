package io.sosmed.analytics.link;

/** Clicks by who made them: people, link-preview fetchers, other bots. Only people count as traffic. */
public record Clicks(long humans, long previews, long bots) {

    public long total() {
        return humans + previews + bots;
    }
}
