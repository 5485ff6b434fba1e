package io.sosmed.schedule.connector;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plain text of the small HTML fragments networks return as post content (Mastodon statuses). */
public final class HtmlText {

    private static final Pattern LINE_BREAK = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern PARAGRAPH = Pattern.compile("(?i)</p>\\s*<p[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos|nbsp);");

    private HtmlText() {
    }

    public static String plain(String html) {
        if (html == null) {
            return "";
        }
        String text = PARAGRAPH.matcher(html).replaceAll("\n\n");
        text = LINE_BREAK.matcher(text).replaceAll("\n");
        text = TAG.matcher(text).replaceAll("");
        Matcher entity = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (entity.find()) {
            entity.appendReplacement(out, Matcher.quoteReplacement(decode(entity.group(1))));
        }
        entity.appendTail(out);
        return out.toString().strip();
    }

    private static String decode(String entity) {
        return switch (entity) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            default -> entity.startsWith("#x")
                    ? Character.toString(Integer.parseInt(entity.substring(2), 16))
                    : Character.toString(Integer.parseInt(entity.substring(1)));
        };
    }

    /** Text compared loosely: whitespace runs collapsed, so a network's reformatting still matches. */
    public static String normalized(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
