package io.sosmed.analytics.insight;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Features of a post's text: length in user-perceived characters, emoji and hashtags (ICU4J for Unicode). */
public final class TextFeatures {

    private static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\p{N}_&])#[\\p{L}\\p{N}_]*\\p{L}[\\p{L}\\p{N}_]*");

    private TextFeatures() {
    }

    /** Grapheme clusters, so an emoji with modifiers or a flag counts once. */
    public static int length(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        BreakIterator graphemes = BreakIterator.getCharacterInstance();
        graphemes.setText(text);
        int count = 0;
        while (graphemes.next() != BreakIterator.DONE) {
            count++;
        }
        return count;
    }

    /** Grapheme clusters holding an Extended_Pictographic character or a flag (regional indicator pair). */
    public static int emojiCount(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        BreakIterator graphemes = BreakIterator.getCharacterInstance();
        graphemes.setText(text);
        int count = 0;
        int start = graphemes.first();
        for (int end = graphemes.next(); end != BreakIterator.DONE; start = end, end = graphemes.next()) {
            String cluster = text.substring(start, end);
            if (cluster.codePoints().anyMatch(cp -> UCharacter.hasBinaryProperty(cp, UProperty.EXTENDED_PICTOGRAPHIC)
                    && (cp > 0x7F) || UCharacter.hasBinaryProperty(cp, UProperty.REGIONAL_INDICATOR))) {
                count++;
            }
        }
        return count;
    }

    public static int hashtagCount(String text) {
        if (text == null) {
            return 0;
        }
        Matcher matcher = HASHTAG.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
