package io.sosmed.content.network;

/** Adds up weighted text units in order and remembers where the running total first passed the limit. */
final class UnitTally {

    private final int limit;
    private int total;
    private int overflowStart = -1;

    UnitTally(int limit) {
        this.limit = limit;
    }

    /** One unit (a grapheme, a code point, a URL...) that starts at UTF-16 index {@code start}. */
    void add(int start, int weight) {
        total += weight;
        if (overflowStart < 0 && total > limit) {
            overflowStart = start;
        }
    }

    TextMeasure result(String text) {
        return new TextMeasure(total, overflowStart < 0 ? null : new TextRange(overflowStart, text.length()));
    }
}
