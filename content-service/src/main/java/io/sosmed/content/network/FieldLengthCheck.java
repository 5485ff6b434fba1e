package io.sosmed.content.network;

import java.util.Locale;
import java.util.Optional;

/** Required fields, every length limit of every field, and fields the network has no place for. */
final class FieldLengthCheck implements RuleCheck {

    @Override
    public void check(NetworkRules rules, Draft draft, Findings findings) {
        for (DraftField field : DraftField.values()) {
            String value = field.valueIn(draft);
            Optional<FieldRule> rule = rules.rule(field);
            if (rule.isEmpty()) {
                if (!value.isEmpty()) {
                    findings.add(Violation.warning(code(field, "NOT_SUPPORTED"), field.jsonName(),
                            rules.name() + " has no " + field.label().toLowerCase(Locale.ROOT)
                                    + "; it will not be published"));
                }
                continue;
            }
            if (rule.get().required() && value.isBlank()) {
                findings.add(Violation.error(code(field, "REQUIRED"), field.jsonName(),
                        rules.name() + " requires a " + field.label().toLowerCase(Locale.ROOT)));
            }
            for (TextLimit limit : rule.get().limits()) {
                checkLength(rules, field, value, limit, limit.effectiveMax(draft.options()), findings);
            }
        }
    }

    private static void checkLength(NetworkRules rules, DraftField field, String value, TextLimit limit, int max,
            Findings findings) {
        TextCounting counting = limit.counting();
        TextMeasure measure;
        try {
            measure = counting.measure(value, max);
        } catch (CountingTimeout e) {
            findings.add(Violation.error(code(field, "NOT_COUNTABLE"), field.jsonName(),
                    field.label() + " has such long unbroken runs of dotted words that " + rules.name()
                            + "'s link detection cannot finish on it; add spaces or shorten it"));
            return;
        }
        findings.count(field.jsonName(), counting.unit(), measure.length());
        if (measure.exceeds()) {
            findings.add(Violation.error(code(field, "TOO_LONG"), field.jsonName(),
                            field.label() + " is " + measure.length() + " " + counting.label() + "; "
                                    + rules.name() + " allows at most " + max)
                    .limited(max, measure.length(), counting.unit())
                    .at(measure.overflow()));
        }
    }

    private static String code(DraftField field, String problem) {
        return field.name() + "_" + problem;
    }
}
