package io.sosmed.community.listening;

import io.sosmed.community.inbox.Priority;
import io.sosmed.community.settings.SettingKind;
import io.sosmed.community.settings.WorkspaceSettings;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Applies a workspace's listening rules to an item's text. */
@ApplicationScoped
public class ListeningMatcher {

    /** Compiled term patterns; rules change rarely and every item is matched against all of them. */
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();
    private static final int MAX_PATTERNS = 10_000;

    private final WorkspaceSettings settings;

    public ListeningMatcher(WorkspaceSettings settings) {
        this.settings = settings;
    }

    public ListeningMatch match(String workspaceId, String text) {
        ListeningRules rules = settings.read(workspaceId, SettingKind.LISTENING_RULES, ListeningRules.class)
                .orElse(ListeningRules.NONE);
        return match(rules, text);
    }

    /** Terms match as whole words or phrases, ignoring case; hashtags match {@code #tag} only. */
    public static ListeningMatch match(ListeningRules rules, String text) {
        Set<String> tags = new LinkedHashSet<>();
        Priority raise = null;
        for (ListeningRules.Rule rule : rules.rulesOrEmpty()) {
            if (matches(rule, text)) {
                tags.add(rule.effectiveTag());
                if (rule.raisePriorityTo() != null) {
                    raise = raise == null ? rule.raisePriorityTo() : raise.atLeast(rule.raisePriorityTo());
                }
            }
        }
        return new ListeningMatch(tags, raise);
    }

    static boolean matches(ListeningRules.Rule rule, String text) {
        String term = rule.term().trim();
        return containsTerm(text, rule.type() == ListeningRules.RuleType.HASHTAG ? "#" + term.replaceFirst("^#", "") : term);
    }

    /** Whether {@code text} contains {@code needle} as a whole word or phrase (a {@code #tag} as a whole hashtag). */
    public static boolean containsTerm(String text, String needle) {
        Pattern pattern = PATTERNS.get(needle);
        if (pattern == null) {
            if (PATTERNS.size() >= MAX_PATTERNS) {
                PATTERNS.clear();
            }
            pattern = PATTERNS.computeIfAbsent(needle, ListeningMatcher::compile);
        }
        return pattern.matcher(text).find();
    }

    private static Pattern compile(String needle) {
        String start = needle.startsWith("#") ? "(?<![\\p{L}\\p{N}_#])" : "(?<![\\p{L}\\p{N}_])";
        return Pattern.compile(start + Pattern.quote(needle) + "(?![\\p{L}\\p{N}_])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
