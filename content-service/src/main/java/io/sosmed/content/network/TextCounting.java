package io.sosmed.content.network;

import com.fasterxml.jackson.annotation.JsonValue;

/** The ways networks count text length; the unit name appears in rule listings, counts and violations. */
public enum TextCounting {
    /** X's weighted length (twitter-text): URLs 23, CJK and emoji 2, most other characters 1. */
    X_WEIGHTED("weighted", "weighted characters", XWeightedCounter.INSTANCE),
    /** Extended grapheme clusters (ICU4J): what a reader sees as one character. */
    GRAPHEMES("graphemes", "characters (grapheme clusters)", GraphemeCounter.INSTANCE),
    /** Mastodon: grapheme clusters, each http(s) URL 23, remote mentions without their domain. */
    MASTODON("mastodonCharacters", "characters (each link counts 23)", MastodonCounter.INSTANCE),
    /** Unicode code points. */
    CODE_POINTS("codePoints", "characters", CodePointCounter.CODE_POINTS),
    /** UTF-16 code units (an emoji outside the BMP counts 2). */
    UTF16_UNITS("utf16Units", "UTF-16 code units", CodePointCounter.UTF16_UNITS),
    /** Bytes of the UTF-8 encoding. */
    UTF8_BYTES("utf8Bytes", "bytes (UTF-8)", CodePointCounter.UTF8_BYTES);

    private final String unit;
    private final String label;
    private final TextCounter counter;

    TextCounting(String unit, String label, TextCounter counter) {
        this.unit = unit;
        this.label = label;
        this.counter = counter;
    }

    @JsonValue
    public String unit() {
        return unit;
    }

    /** Words for messages, e.g. "bytes (UTF-8)". */
    public String label() {
        return label;
    }

    public TextMeasure measure(String text, int limit) {
        return counter.measure(text, limit);
    }

    public int count(String text) {
        return counter.measure(text, Integer.MAX_VALUE).length();
    }
}
