package io.sosmed.content.guardrail;

import io.sosmed.content.network.CountingTimeout;
import io.sosmed.content.network.TextRange;
import io.sosmed.content.network.UrlFinder;
import io.sosmed.content.network.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies a workspace's brand guardrails to one variant. Words and phrases match case- and accent-insensitively as
 * whole words; every violation names the field ({@code text}, {@code firstComment} or {@code link}) and, in text,
 * the offending UTF-16 range.
 */
public final class GuardrailChecker {

    public static final String BANNED_TERM = "BANNED_TERM";
    public static final String DISCLOSURE_MISSING = "DISCLOSURE_MISSING";
    public static final String TOO_MANY_EMOJIS = "TOO_MANY_EMOJIS";
    public static final String LINK_DOMAIN_NOT_ALLOWED = "LINK_DOMAIN_NOT_ALLOWED";
    public static final String LINK_DOMAIN_DENIED = "LINK_DOMAIN_DENIED";
    public static final String LINKS_UNCHECKED = "LINKS_UNCHECKED";
    public static final String SENSITIVE_TOPIC = "SENSITIVE_TOPIC";

    private static final String TEXT = "text";
    private static final String FIRST_COMMENT = "firstComment";
    private static final String LINK = "link";

    private GuardrailChecker() {
    }

    public static GuardrailFindings check(List<Guardrail> rules, GuardedVariant variant) {
        Map<String, FoldedText> texts = new LinkedHashMap<>();
        texts.put(TEXT, FoldedText.of(variant.text()));
        if (variant.firstComment() != null) {
            texts.put(FIRST_COMMENT, FoldedText.of(variant.firstComment()));
        }
        List<Violation> violations = new ArrayList<>();
        Set<String> sensitive = new LinkedHashSet<>();
        for (Guardrail rule : rules) {
            switch (rule.kind()) {
                case BANNED_TERM -> termViolations(rule, texts, BANNED_TERM, "banned", violations);
                case SENSITIVE_TOPIC -> sensitive.addAll(termViolations(rule, texts, SENSITIVE_TOPIC,
                        "a sensitive topic that needs an extra approval step", violations));
                case REQUIRED_DISCLOSURE -> disclosure(rule, texts.get(TEXT), variant.tags()).ifPresent(violations::add);
                case MAX_EMOJIS -> emojis(rule, variant).ifPresent(violations::add);
                case LINK_DOMAINS -> links(rule, variant, violations);
            }
        }
        return new GuardrailFindings(violations, List.copyOf(sensitive));
    }

    /** Adds a violation per occurrence of each term and returns the terms found. */
    private static List<String> termViolations(Guardrail rule, Map<String, FoldedText> texts, String code, String why,
            List<Violation> violations) {
        List<String> found = new ArrayList<>();
        for (String term : rule.terms()) {
            String folded = FoldedText.fold(term);
            texts.forEach((field, text) -> {
                for (TextRange range : text.wholeWordOccurrences(folded)) {
                    violations.add(violation(rule, code, field,
                            "'" + term + "' is " + why + " (brand rule '" + rule.label() + "')").at(range));
                    if (!found.contains(term)) {
                        found.add(term);
                    }
                }
            });
        }
        return found;
    }

    private static Optional<Violation> disclosure(Guardrail rule, FoldedText text, List<String> tags) {
        Optional<TextRange> triggerInText = Optional.empty();
        String trigger = null;
        for (String term : rule.terms()) {
            List<TextRange> found = text.wholeWordOccurrences(FoldedText.fold(term));
            if (!found.isEmpty()) {
                triggerInText = Optional.of(found.get(0));
                trigger = term;
                break;
            }
            if (tags.stream().anyMatch(tag -> bareTag(tag).equals(bareTag(term)))) {
                trigger = term;
                break;
            }
        }
        if (trigger == null) {
            return Optional.empty();
        }
        boolean disclosed = rule.disclosures().stream()
                .anyMatch(disclosure -> !text.wholeWordOccurrences(FoldedText.fold(disclosure)).isEmpty());
        if (disclosed) {
            return Optional.empty();
        }
        Violation missing = violation(rule, DISCLOSURE_MISSING, TEXT, "Posts about '" + trigger + "' must include "
                + String.join(" or ", rule.disclosures()) + " (brand rule '" + rule.label() + "')");
        return Optional.of(triggerInText.map(missing::at).orElse(missing));
    }

    private static Optional<Violation> emojis(Guardrail rule, GuardedVariant variant) {
        if (rule.network() != null && rule.network() != variant.network()) {
            return Optional.empty();
        }
        List<TextRange> emoji = EmojiCounter.find(variant.text());
        if (emoji.size() <= rule.maxEmojis()) {
            return Optional.empty();
        }
        TextRange firstTooMany = emoji.get(rule.maxEmojis());
        return Optional.of(violation(rule, TOO_MANY_EMOJIS, TEXT, "Text has " + emoji.size() + " emoji; brand rule '"
                + rule.label() + "' allows at most " + rule.maxEmojis()
                + (rule.network() == null ? "" : " on " + rule.network().displayName()))
                .limited(rule.maxEmojis(), emoji.size(), "emoji")
                .at(new TextRange(firstTooMany.start(), emoji.get(emoji.size() - 1).end())));
    }

    private static void links(Guardrail rule, GuardedVariant variant, List<Violation> violations) {
        List<String> domains = rule.domains().stream().map(LinkDomains::normalize).toList();
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put(TEXT, variant.text());
        if (variant.firstComment() != null) {
            texts.put(FIRST_COMMENT, variant.firstComment());
        }
        texts.forEach((field, text) -> {
            try {
                for (TextRange range : UrlFinder.find(text, true)) {
                    linkViolation(rule, domains, field, text.substring(range.start(), range.end()))
                            .map(v -> v.at(range)).ifPresent(violations::add);
                }
            } catch (CountingTimeout e) {
                violations.add(violation(rule, LINKS_UNCHECKED, field,
                        "Links in this text could not be found in time, so brand rule '" + rule.label()
                                + "' could not check them"));
            }
        });
        if (variant.link() != null && !variant.link().isBlank()) {
            linkViolation(rule, domains, LINK, variant.link()).ifPresent(violations::add);
        }
    }

    private static Optional<Violation> linkViolation(Guardrail rule, List<String> domains, String field, String url) {
        Optional<String> host = LinkDomains.host(url);
        if (host.isEmpty()) {
            return Optional.empty();
        }
        boolean listed = domains.stream().anyMatch(domain -> LinkDomains.isUnder(host.get(), domain));
        if (rule.linkPolicy() == LinkPolicy.ALLOW && !listed) {
            return Optional.of(violation(rule, LINK_DOMAIN_NOT_ALLOWED, field, "Link to " + host.get()
                    + " is not to an allowed domain (" + String.join(", ", rule.domains()) + ", brand rule '"
                    + rule.label() + "')"));
        }
        if (rule.linkPolicy() == LinkPolicy.DENY && listed) {
            return Optional.of(violation(rule, LINK_DOMAIN_DENIED, field, "Links to " + host.get()
                    + " are not allowed (brand rule '" + rule.label() + "')"));
        }
        return Optional.empty();
    }

    private static String bareTag(String tag) {
        String folded = FoldedText.fold(tag);
        return folded.startsWith("#") ? folded.substring(1) : folded;
    }

    private static Violation violation(Guardrail rule, String code, String field, String message) {
        return new Violation(code, rule.severity(), message, null, null, field, null, null);
    }
}
