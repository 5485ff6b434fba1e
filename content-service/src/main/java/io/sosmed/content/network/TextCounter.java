package io.sosmed.content.network;

/** Measures a text the way one network counts it. */
@FunctionalInterface
public interface TextCounter {

    /** The text's length and, if it is longer than {@code limit}, the range from the first unit past the limit. */
    TextMeasure measure(String text, int limit);
}
