package io.sosmed.community.listening;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.sosmed.community.inbox.Priority;
import io.sosmed.platform.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What a workspace listens for in incoming items: brand terms, keywords, hashtags and competitors. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListeningRules(List<Rule> rules) {

    static final int MAX_RULES = 500;
    static final int MAX_TERM = 100;

    public static final ListeningRules NONE = new ListeningRules(List.of());

    /** What a rule looks for. */
    public enum RuleType { BRAND, KEYWORD, HASHTAG, COMPETITOR }

    /**
     * One term to listen for; a matching item's conversation gets {@code tag} (default {@code type:term})
     * and at least {@code raisePriorityTo} when set.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Rule(RuleType type, String term, String tag, Priority raisePriorityTo) {

        public String effectiveTag() {
            if (tag != null && !tag.isBlank()) {
                return tag.trim();
            }
            return type.name().toLowerCase(Locale.ROOT) + ":" + term.trim().replaceFirst("^#", "").toLowerCase(Locale.ROOT);
        }
    }

    public List<Rule> rulesOrEmpty() {
        return rules == null ? List.of() : rules;
    }

    public List<Problem.FieldError> validate() {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (rules == null) {
            errors.add(new Problem.FieldError("rules", "is required (may be empty)"));
            return errors;
        }
        if (rules.size() > MAX_RULES) {
            errors.add(new Problem.FieldError("rules", "at most " + MAX_RULES + " rules"));
        }
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            String at = "rules[" + i + "]";
            if (rule == null) {
                errors.add(new Problem.FieldError(at, "must not be null"));
                continue;
            }
            if (rule.type() == null) {
                errors.add(new Problem.FieldError(at + ".type", "must be one of " + List.of(RuleType.values())));
            }
            if (rule.term() == null || rule.term().isBlank() || rule.term().trim().equals("#")) {
                errors.add(new Problem.FieldError(at + ".term", "is required"));
            } else if (rule.term().length() > MAX_TERM) {
                errors.add(new Problem.FieldError(at + ".term", "must be at most " + MAX_TERM + " characters"));
            }
            if (rule.tag() != null && rule.tag().length() > MAX_TERM) {
                errors.add(new Problem.FieldError(at + ".tag", "must be at most " + MAX_TERM + " characters"));
            }
        }
        return errors;
    }
}
