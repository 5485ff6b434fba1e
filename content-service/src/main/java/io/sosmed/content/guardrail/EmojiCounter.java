package io.sosmed.content.guardrail;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.UnicodeSet;
import com.ibm.icu.util.ULocale;
import io.sosmed.content.network.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds emoji the way people see them: one per grapheme cluster (ICU), so a family of four joined by ZWJ, a flag,
 * a keycap or a thumbs-up with a skin tone is one emoji. A cluster is an emoji when it is in Unicode's RGI emoji set,
 * or starts with a character whose default presentation is emoji, or asks for emoji presentation with U+FE0F.
 * Text-style symbols such as a bare {@code ©} or digit are not counted.
 */
final class EmojiCounter {

    private static final UnicodeSet RGI_EMOJI = new UnicodeSet("[:RGI_Emoji:]").freeze();
    private static final char EMOJI_PRESENTATION_SELECTOR = '\uFE0F';

    private EmojiCounter() {
    }

    static List<TextRange> find(String text) {
        List<TextRange> emoji = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return emoji;
        }
        BreakIterator clusters = BreakIterator.getCharacterInstance(ULocale.ROOT);
        clusters.setText(text);
        int start = clusters.first();
        for (int end = clusters.next(); end != BreakIterator.DONE; start = end, end = clusters.next()) {
            if (isEmoji(text.substring(start, end))) {
                emoji.add(new TextRange(start, end));
            }
        }
        return emoji;
    }

    static int count(String text) {
        return find(text).size();
    }

    private static boolean isEmoji(String cluster) {
        if (RGI_EMOJI.contains(cluster)) {
            return true;
        }
        int first = cluster.codePointAt(0);
        return UCharacter.hasBinaryProperty(first, UProperty.EMOJI_PRESENTATION)
                || (UCharacter.hasBinaryProperty(first, UProperty.EMOJI)
                        && cluster.indexOf(EMOJI_PRESENTATION_SELECTOR) > 0);
    }
}
