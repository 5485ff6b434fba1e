package io.sosmed.content.network;

/** The length of a text in one counting unit and, when it exceeds the limit, the part beyond it. */
public record TextMeasure(int length, TextRange overflow) {

    public boolean exceeds() {
        return overflow != null;
    }
}
