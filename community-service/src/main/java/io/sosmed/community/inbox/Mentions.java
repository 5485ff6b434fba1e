package io.sosmed.community.inbox;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds {@code @username} mentions in a note (not inside e-mail addresses). */
final class Mentions {

    private static final Pattern MENTION = Pattern.compile("(?<![\\w@.])@([A-Za-z0-9][A-Za-z0-9._-]{0,63})");

    private Mentions() {
    }

    static List<String> in(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = MENTION.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1).replaceAll("[.]+$", "").toLowerCase(Locale.ROOT));
        }
        return List.copyOf(names);
    }
}
