package io.sosmed.content.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Hashtag and mention limits, counted across the fields the network adds up (Instagram: caption and first comment). */
final class EntityCountCheck implements RuleCheck {

    @Override
    public void check(NetworkRules rules, Draft draft, Findings findings) {
        for (EntityLimit limit : rules.entities()) {
            int max = limit.effectiveMax(draft.options());
            List<Occurrence> occurrences = new ArrayList<>();
            for (DraftField field : limit.countedIn()) {
                List<TextRange> found = limit.entity().find(field.valueIn(draft));
                findings.count(field.jsonName(), limit.entity().jsonName(), found.size());
                found.forEach(range -> occurrences.add(new Occurrence(field, range)));
            }
            if (occurrences.size() > max) {
                Occurrence firstExcess = occurrences.get(max);
                Occurrence lastInField = occurrences.stream()
                        .filter(occurrence -> occurrence.field == firstExcess.field)
                        .reduce((first, second) -> second).orElse(firstExcess);
                String what = limit.entity().jsonName();
                findings.add(Violation.error("TOO_MANY_" + limit.entity().name(), firstExcess.field.jsonName(),
                                "Found " + occurrences.size() + " " + what + "; " + rules.name() + " allows at most "
                                        + max + (limit.countedIn().size() > 1 ? " across " + fieldNames(limit) : ""))
                        .limited(max, occurrences.size(), what)
                        .at(new TextRange(firstExcess.range.start(), lastInField.range.end())));
            }
        }
    }

    private static String fieldNames(EntityLimit limit) {
        return String.join(" and ", limit.countedIn().stream()
                .map(field -> field.label().toLowerCase(Locale.ROOT)).toList());
    }

    private record Occurrence(DraftField field, TextRange range) {
    }
}
