package io.sosmed.content.network;

import java.util.function.IntUnaryOperator;

/** Counts code points with a weight each: one per code point, its UTF-16 code units, or its UTF-8 bytes. */
final class CodePointCounter implements TextCounter {

    static final CodePointCounter CODE_POINTS = new CodePointCounter(codePoint -> 1);
    static final CodePointCounter UTF16_UNITS = new CodePointCounter(Character::charCount);
    static final CodePointCounter UTF8_BYTES = new CodePointCounter(CodePointCounter::utf8Bytes);

    private final IntUnaryOperator weight;

    private CodePointCounter(IntUnaryOperator weight) {
        this.weight = weight;
    }

    @Override
    public TextMeasure measure(String text, int limit) {
        UnitTally tally = new UnitTally(limit);
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            tally.add(i, weight.applyAsInt(codePoint));
            i += Character.charCount(codePoint);
        }
        return tally.result(text);
    }

    /** A lone surrogate is encoded by Java as the one-byte replacement {@code ?}, so it weighs 1 like there. */
    private static int utf8Bytes(int codePoint) {
        if (codePoint < 0x80 || codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
