package io.sosmed.content.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Characters a network refuses in a field (YouTube: {@code <} and {@code >}); marks the first occurrence. */
final class ForbiddenCharacterCheck implements RuleCheck {

    @Override
    public void check(NetworkRules rules, Draft draft, Findings findings) {
        for (FieldRule rule : rules.fields()) {
            String forbidden = rule.forbiddenCharacters();
            if (forbidden.isEmpty()) {
                continue;
            }
            String value = rule.field().valueIn(draft);
            List<Integer> positions = new ArrayList<>();
            for (int i = 0; i < value.length(); i++) {
                if (forbidden.indexOf(value.charAt(i)) >= 0) {
                    positions.add(i);
                }
            }
            if (!positions.isEmpty()) {
                int first = positions.get(0);
                String listed = forbidden.chars().mapToObj(c -> "'" + (char) c + "'")
                        .collect(Collectors.joining(" or "));
                findings.add(Violation.error("FORBIDDEN_CHARACTER", rule.field().jsonName(),
                                rules.name() + " does not allow " + listed + " in the "
                                        + rule.field().label().toLowerCase(Locale.ROOT) + "; found " + positions.size())
                        .limited(0, positions.size(), "occurrences")
                        .at(new TextRange(first, first + 1)));
            }
        }
    }
}
