package io.sosmed.community.sentiment;

import java.util.Locale;

/** The three classes of sentiment the inbox shows and filters by. */
public enum SentimentLabel {
    POSITIVE, NEUTRAL, NEGATIVE;

    /** Reads a label as written in the training data ({@code positive}). */
    public static SentimentLabel of(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
