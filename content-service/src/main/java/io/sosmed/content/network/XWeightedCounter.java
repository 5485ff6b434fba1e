package io.sosmed.content.network;

import com.twitter.twittertext.TwitterTextConfiguration;
import com.twitter.twittertext.TwitterTextEmojiRegex;
import com.twitter.twittertext.TwitterTextParser;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;

/**
 * X's weighted length with twitter-text's configuration v3, emoji grammar and URL grammar: most Latin text weighs 1
 * per character, CJK and other characters 2, an emoji sequence (even a whole ZWJ family) 2, and every URL, with or
 * without scheme, 23. This is {@code TwitterTextParser.parseTweet}'s algorithm, run here so that link detection
 * gets a time budget (see {@link UrlFinder}); the results are the same.
 */
final class XWeightedCounter implements TextCounter {

    static final XWeightedCounter INSTANCE = new XWeightedCounter();

    private static final TwitterTextConfiguration CONFIG = TwitterTextParser.TWITTER_TEXT_DEFAULT_CONFIG;
    private static final List<TwitterTextConfiguration.TwitterTextWeightedRange> RANGES = List.copyOf(CONFIG.getRanges());

    private XWeightedCounter() {
    }

    @Override
    public TextMeasure measure(String text, int limit) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC);
        int scale = CONFIG.getScale();
        UnitTally tally = new UnitTally(limit == Integer.MAX_VALUE ? limit : limit * scale);
        Iterator<TextRange> urls = UrlFinder.find(normalized, true).iterator();
        Iterator<TextRange> emoji = emoji(normalized).iterator();
        TextRange nextUrl = urls.hasNext() ? urls.next() : null;
        TextRange nextEmoji = emoji.hasNext() ? emoji.next() : null;
        int position = 0;
        while (position < normalized.length()) {
            while (nextEmoji != null && nextEmoji.start() < position) {
                nextEmoji = emoji.hasNext() ? emoji.next() : null;
            }
            if (nextUrl != null && nextUrl.start() == position) {
                tally.add(position, CONFIG.getTransformedURLLength() * scale);
                position = nextUrl.end();
                nextUrl = urls.hasNext() ? urls.next() : null;
            } else if (nextEmoji != null && nextEmoji.start() == position) {
                tally.add(position, CONFIG.getDefaultWeight());
                position = nextEmoji.end();
            } else {
                int codePoint = normalized.codePointAt(position);
                tally.add(position, weight(codePoint));
                position += Character.charCount(codePoint);
            }
        }
        TextMeasure scaled = tally.result(normalized);
        int length = scaled.length() / scale;
        if (!scaled.exceeds()) {
            return new TextMeasure(length, null);
        }
        // Offsets are in the NFC form X counts; they are the caller's offsets when the text is already NFC (what
        // virtually every keyboard produces). Otherwise the whole text is marked.
        int start = normalized.equals(text) ? scaled.overflow().start() : 0;
        return new TextMeasure(length, new TextRange(start, text.length()));
    }

    private static List<TextRange> emoji(String text) {
        List<TextRange> found = new ArrayList<>();
        if (CONFIG.getEmojiParsingEnabled()) {
            Matcher emoji = TwitterTextEmojiRegex.VALID_EMOJI_PATTERN.matcher(text);
            while (emoji.find()) {
                found.add(new TextRange(emoji.start(), emoji.end()));
            }
        }
        return found;
    }

    private static int weight(int codePoint) {
        for (TwitterTextConfiguration.TwitterTextWeightedRange range : RANGES) {
            if (range.getRange().isInRange(codePoint)) {
                return range.getWeight();
            }
        }
        return CONFIG.getDefaultWeight();
    }
}
