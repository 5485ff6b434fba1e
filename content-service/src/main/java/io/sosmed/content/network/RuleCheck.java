package io.sosmed.content.network;

/** One generic check that reads a network's rule set and reports what a draft breaks. */
interface RuleCheck {

    void check(NetworkRules rules, Draft draft, Findings findings);
}
