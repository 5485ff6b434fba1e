package io.sosmed.content.network;

/** A post needs text or an attachment; networks that require media report that through the media rules instead. */
final class EmptyPostCheck implements RuleCheck {

    @Override
    public void check(NetworkRules rules, Draft draft, Findings findings) {
        if (rules.media().minItems() == 0 && DraftField.TEXT.valueIn(draft).isBlank() && draft.media().isEmpty()) {
            findings.add(Violation.error("EMPTY_POST", DraftField.TEXT.jsonName(),
                    rules.name() + " needs text or at least one attachment"));
        }
    }
}
