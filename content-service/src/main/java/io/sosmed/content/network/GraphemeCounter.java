package io.sosmed.content.network;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Counts user-perceived characters (Unicode extended grapheme clusters, UAX #29) with ICU4J: a ZWJ emoji
 * family, a flag or a letter with combining marks is one.
 */
final class GraphemeCounter implements TextCounter {

    static final GraphemeCounter INSTANCE = new GraphemeCounter();

    private static final BreakIterator PROTOTYPE = BreakIterator.getCharacterInstance(ULocale.ROOT);

    private GraphemeCounter() {
    }

    @Override
    public TextMeasure measure(String text, int limit) {
        UnitTally tally = new UnitTally(limit);
        addGraphemes(text, 0, text.length(), tally);
        return tally.result(text);
    }

    /** Adds every grapheme of {@code text[from, to)} to the tally with weight 1. */
    static void addGraphemes(String text, int from, int to, UnitTally tally) {
        if (from >= to) {
            return;
        }
        BreakIterator graphemes = (BreakIterator) PROTOTYPE.clone();
        graphemes.setText(text.substring(from, to));
        int start = graphemes.first();
        for (int end = graphemes.next(); end != BreakIterator.DONE; start = end, end = graphemes.next()) {
            tally.add(from + start, 1);
        }
    }

    static int count(String text) {
        return INSTANCE.measure(text, Integer.MAX_VALUE).length();
    }
}
