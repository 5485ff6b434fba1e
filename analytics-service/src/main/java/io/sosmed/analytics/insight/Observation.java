package io.sosmed.analytics.insight;

/** One published variant's features and its engagement counts; hour and weekday are local to its channel. */
public record Observation(String network, int hour, int weekday, int textLength, int emojiCount, int hashtagCount,
        String mediaType, boolean linkPresent, String pillar, long engagements, long denominator) {
}
