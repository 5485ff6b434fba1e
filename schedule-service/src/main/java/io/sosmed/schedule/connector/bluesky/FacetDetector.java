package io.sosmed.schedule.connector.bluesky;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds links, mentions and hashtags in post text the way Bluesky's rich-text rules describe them, with ranges in
 * UTF-8 bytes as {@code app.bsky.richtext.facet} requires (never Java's UTF-16 indexes).
 */
public final class FacetDetector {

    private static final Pattern LINK = Pattern.compile("(?<=^|[\\s(])(https?://[^\\s]+)");
    /** A handle: dot-separated labels ending in a TLD-like label, after start, whitespace or an opening bracket. */
    private static final Pattern MENTION = Pattern.compile(
            "(?<=^|[\\s(])@(([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\\.)+[a-zA-Z]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)");
    private static final Pattern TAG = Pattern.compile("(?<=^|\\s)[#\uFF03]([^\\s#\uFF03]+)");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("\\p{P}+$");
    private static final Pattern ONLY_DIGITS = Pattern.compile("\\d+");
    private static final int MAX_TAG_LENGTH = 64;

    private FacetDetector() {
    }

    /** Facets in text order; mentions carry the handle, to be resolved to a DID by the caller. */
    public static List<Facet> detect(String text) {
        List<Facet> facets = new ArrayList<>();
        Matcher link = LINK.matcher(text);
        while (link.find()) {
            String uri = trimLinkEnd(link.group(1));
            facets.add(facet(text, link.start(1), link.start(1) + uri.length(), Facet.Kind.LINK, uri));
        }
        Matcher mention = MENTION.matcher(text);
        while (mention.find()) {
            if (!insideAny(facets, text, mention.start())) {
                String handle = mention.group(1).replaceAll("\\.$", "");
                facets.add(facet(text, mention.start(), mention.start(1) + handle.length(), Facet.Kind.MENTION,
                        handle.toLowerCase(java.util.Locale.ROOT)));
            }
        }
        Matcher tag = TAG.matcher(text);
        while (tag.find()) {
            String value = TRAILING_PUNCTUATION.matcher(tag.group(1)).replaceAll("");
            if (value.isEmpty() || ONLY_DIGITS.matcher(value).matches() || value.length() > MAX_TAG_LENGTH
                    || insideAny(facets, text, tag.start())) {
                continue;
            }
            facets.add(facet(text, tag.start(), tag.start(1) + value.length(), Facet.Kind.TAG, value));
        }
        facets.sort(Comparator.comparingInt(Facet::byteStart));
        return facets;
    }

    /** The UTF-8 byte offset of a UTF-16 index into the text. */
    public static int byteOffset(String text, int charIndex) {
        return text.substring(0, charIndex).getBytes(StandardCharsets.UTF_8).length;
    }

    private static Facet facet(String text, int start, int end, Facet.Kind kind, String value) {
        return new Facet(byteOffset(text, start), byteOffset(text, end), kind, value);
    }

    /** A URL's end loses sentence punctuation, but keeps a closing bracket that has its opening one in the URL. */
    private static String trimLinkEnd(String uri) {
        String trimmed = uri;
        while (!trimmed.isEmpty()) {
            char last = trimmed.charAt(trimmed.length() - 1);
            boolean balancedParen = last == ')' && count(trimmed, '(') >= count(trimmed, ')');
            if (".,;:!?\"')]}".indexOf(last) < 0 || balancedParen) {
                break;
            }
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }

    private static boolean insideAny(List<Facet> facets, String text, int charIndex) {
        int offset = byteOffset(text, charIndex);
        return facets.stream().anyMatch(f -> offset >= f.byteStart() && offset < f.byteEnd());
    }
}
