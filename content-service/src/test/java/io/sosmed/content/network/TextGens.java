package io.sosmed.content.network;

import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators of texts for the counter properties: emoji sequences, scripts, combining marks, URLs. */
final class TextGens {

    static final List<String> EMOJI_SEQUENCES = List.of(
            "😀", "👍🏽", "👨‍👩‍👧‍👦", "🏳️‍🌈", "🇩🇪", "🇯🇵", "👩🏾‍💻", "❤️", "🧑‍🤝‍🧑", "✋🏿", "🫶");
    static final List<String> COMBINING_MARKS = List.of("\u0301", "\u0308", "\u0323", "\u064E", "\u05B8", "\u20DD");
    static final List<String> TOP_LEVEL_DOMAINS = List.of("com", "org", "net", "io", "de");

    /** Most a generated "any" string holds, in code points; 255 is the usual default of string generators. */
    private static final int ANY_STRING_MAX_CODE_POINTS = 255;

    /**
     * Every UTF-16 code unit except surrogates, noncharacters (U+FDD0..U+FDEF, U+FFFE, U+FFFF) and the private
     * use area (U+E000..U+F8FF): the usual default alphabet of a generated string.
     */
    private static final char[] PLAIN_BMP_CHARS = IntStream.rangeClosed(Character.MIN_VALUE, Character.MAX_VALUE)
            .filter(c -> !Character.isSurrogate((char) c))
            .filter(c -> !(c >= 0xFDD0 && c <= 0xFDEF) && c != 0xFFFE && c != 0xFFFF)
            .filter(c -> !(c >= 0xE000 && c <= 0xF8FF))
            .collect(StringBuilder::new, (sb, c) -> sb.append((char) c), StringBuilder::append)
            .toString().toCharArray();

    /** Short texts that break counters most often, mixed into {@link #anyString()}. */
    private static final List<String> EDGE_CASES = List.of(
            "", "\u0000", " ", "a", "\uFFFD", "\uFFFF", "\r\n", "e\u0301", "\uD83D", "\uDE00", "\uDE00\uD83D",
            "😀", "👨‍👩‍👧‍👦", "🇩🇪", "\u05D0", "\u4E00", "\uD800\uDC00", "\uDBFF\uDFFF");

    private TextGens() {
    }

    /** Strings of {@code min..max} characters drawn from {@code first..last}, assigned or not (no filtering). */
    static Gen<String> strings(char first, char last, int min, int max) {
        return lists().of(characters(first, last)).ofSizeBetween(min, max).map(TextGens::join);
    }

    static Gen<Character> characters(char first, char last) {
        return Generate.range(first, last, first).map(c -> (char) c.intValue());
    }

    /**
     * Any Java string: mostly 0 to 255 characters of the plain BMP alphabet (see {@link #PLAIN_BMP_CHARS}), and,
     * beyond that alphabet, strings with supplementary code points, lone or reversed surrogates, private use
     * characters and noncharacters, plus fixed edge cases such as the empty string and a CR LF pair.
     */
    static Gen<String> anyString() {
        Gen<String> plain = lists().of(Generate.range(0, PLAIN_BMP_CHARS.length - 1).map(i -> PLAIN_BMP_CHARS[i]))
                .ofSizeBetween(0, ANY_STRING_MAX_CODE_POINTS).map(TextGens::join);
        Gen<String> anyCodeUnitOrCodePoint = Generate.frequency(
                Pair.of(6, Generate.range(Character.MIN_VALUE, Character.MAX_VALUE).map(TextGens::codePoint)),
                Pair.of(3, Generate.range(Character.MIN_SUPPLEMENTARY_CODE_POINT, Character.MAX_CODE_POINT)
                        .map(TextGens::codePoint)),
                Pair.of(1, Generate.range(Character.MIN_SURROGATE, Character.MAX_SURROGATE).map(TextGens::codePoint)));
        Gen<String> full = lists().of(anyCodeUnitOrCodePoint).ofSizeBetween(0, ANY_STRING_MAX_CODE_POINTS)
                .map(parts -> String.join("", parts));
        return Generate.frequency(
                        Pair.of(14, plain),
                        Pair.of(5, full),
                        Pair.of(1, Generate.pick(EDGE_CASES)))
                .describedAs(TextGens::describe);
    }

    /** 1 to 40 emoji sequences (ZWJ families, flags, skin tones, variation selectors) back to back. */
    static Gen<String> emojiSequences() {
        return lists().of(Generate.pick(EMOJI_SEQUENCES)).ofSizeBetween(1, 40)
                .map(parts -> String.join("", parts)).describedAs(TextGens::describe);
    }

    static Gen<String> combiningMarks() {
        return Generate.pick(COMBINING_MARKS).describedAs(TextGens::describe);
    }

    /**
     * Letters of Latin, Hebrew, Arabic and CJK scripts, digits, spaces and emoji, 1 to 30 pieces back to back;
     * never a control character, never ending in whitespace.
     */
    static Gen<String> mixedScripts() {
        Gen<String> piece = Generate.oneOf(
                strings('a', 'z', 1, 8),
                strings('\u05D0', '\u05EA', 1, 8),
                strings('\u0627', '\u064A', 1, 8),
                strings('\u4E00', '\u9FFF', 1, 8),
                Generate.pick(EMOJI_SEQUENCES),
                Generate.pick(List.of(" ", "1", "?")));
        return lists().of(piece).ofSizeBetween(1, 30).map(parts -> String.join("", parts))
                .assuming(text -> !Character.isWhitespace(text.charAt(text.length() - 1)))
                .describedAs(TextGens::describe);
    }

    /** {@code host.tld} or {@code host.tld/path}: host 1 to 20 letters, path 0 to 60 letters, no scheme. */
    static Gen<String> urlsWithoutScheme() {
        Gen<String> label = strings('a', 'z', 1, 20);
        Gen<String> path = strings('a', 'z', 0, 60);
        return label.zip(Generate.pick(TOP_LEVEL_DOMAINS), path,
                (host, tld, segment) -> host + "." + tld + (segment.isEmpty() ? "" : "/" + segment));
    }

    /** Words in several scripts, emoji, combining marks, hashtags and links with and without scheme. */
    static Gen<String> postLikeTexts() {
        Gen<String> piece = Generate.oneOf(
                mixedScripts(),
                urlsWithoutScheme(),
                urlsWithoutScheme().map(url -> "https://" + url),
                strings('a', 'z', 1, 10).map(tag -> "#" + tag),
                Generate.pick(COMBINING_MARKS).map(mark -> "e" + mark));
        return lists().of(piece).ofSizeBetween(1, 25).map(parts -> String.join(" ", parts))
                .assuming(text -> !text.isBlank())
                .describedAs(TextGens::describe);
    }

    /** 1 to 20 Hebrew or Arabic words of 1 to 10 letters, separated by spaces. */
    static Gen<String> rightToLeftWords() {
        Gen<String> hebrew = strings('\u05D0', '\u05EA', 1, 10);
        Gen<String> arabic = strings('\u0627', '\u064A', 1, 10);
        return lists().of(Generate.oneOf(hebrew, arabic)).ofSizeBetween(1, 20)
                .map(words -> String.join(" ", words)).describedAs(TextGens::describe);
    }

    /** The text and its code points, so that invisible marks and lone surrogates show in a failure report. */
    static String describe(String text) {
        String codePoints = text.codePoints().mapToObj(cp -> String.format("U+%04X", cp))
                .collect(Collectors.joining(" "));
        return "\"" + text + "\" [" + codePoints + "]";
    }

    private static String codePoint(int codePoint) {
        return new String(Character.toChars(codePoint));
    }

    private static String join(List<Character> chars) {
        StringBuilder text = new StringBuilder(chars.size());
        chars.forEach(text::append);
        return text.toString();
    }
}
