package io.sosmed.community.reply;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A saved reply's text with {@code {{variable}}} placeholders, filled in from the conversation at reply time. */
public final class ReplyTemplate {

    /** The variables a saved reply may use. */
    public static final List<String> VARIABLES = List.of("author.name", "author.handle", "agent.name", "network",
            "channel.id");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-zA-Z.]+)\\s*}}");

    private ReplyTemplate() {
    }

    /** Variables used in {@code text} that are not in {@link #VARIABLES}. */
    public static List<String> unknownVariables(String text) {
        List<String> unknown = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            if (!VARIABLES.contains(matcher.group(1))) {
                unknown.add(matcher.group(1));
            }
        }
        return unknown;
    }

    /** Replaces every known placeholder by its value (empty when the value is unknown). */
    public static String render(String text, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.getOrDefault(matcher.group(1), "");
            matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
