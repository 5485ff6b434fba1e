package io.sosmed.content.guardrail;

import io.sosmed.content.network.Network;
import io.sosmed.content.network.Severity;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A guardrail as the API shows it. */
public record GuardrailResponse(UUID id, String name, GuardrailKind kind, Severity severity, List<String> terms,
        List<String> disclosures, Network network, Integer maxEmojis, LinkPolicy linkPolicy, List<String> domains,
        String createdBy, Instant createdAt, Instant updatedAt, long version) {

    static GuardrailResponse of(GuardrailRule rule) {
        return new GuardrailResponse(rule.id, rule.name, rule.kind, rule.severity, List.copyOf(rule.terms),
                List.copyOf(rule.disclosures), rule.network, rule.maxEmojis, rule.linkPolicy, List.copyOf(rule.domains),
                rule.createdBy, rule.createdAt, rule.updatedAt, rule.version);
    }
}
