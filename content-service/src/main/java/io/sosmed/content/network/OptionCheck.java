package io.sosmed.content.network;

import java.util.stream.Stream;

/** Warns about options the network has no use for, so a misplaced instance limit does not pass unnoticed. */
final class OptionCheck implements RuleCheck {

    @Override
    public void check(NetworkRules rules, Draft draft, Findings findings) {
        for (LimitOption option : LimitOption.values()) {
            if (draft.options().valueOf(option) == null) {
                continue;
            }
            boolean used = Stream.concat(
                            rules.fields().stream().flatMap(field -> field.limits().stream()).map(TextLimit::option),
                            rules.entities().stream().map(EntityLimit::option))
                    .anyMatch(option::equals);
            if (!used) {
                findings.add(Violation.warning("OPTION_NOT_APPLICABLE", "options." + option.jsonName(),
                        rules.name() + " has no limit that " + option.jsonName() + " changes; it was ignored"));
            }
        }
    }
}
