package io.sosmed.content.guardrail;

import io.sosmed.content.network.Network;
import io.sosmed.content.network.Severity;
import java.util.List;
import java.util.UUID;

/** One brand rule of a workspace as the checker applies it; which fields matter depends on {@code kind}. */
public record Guardrail(UUID id, String name, GuardrailKind kind, Severity severity, List<String> terms,
        List<String> disclosures, Network network, Integer maxEmojis, LinkPolicy linkPolicy, List<String> domains) {

    public Guardrail {
        terms = terms == null ? List.of() : List.copyOf(terms);
        disclosures = disclosures == null ? List.of() : List.copyOf(disclosures);
        domains = domains == null ? List.of() : List.copyOf(domains);
    }

    /** The rule's name for messages, or its kind when it has none. */
    String label() {
        return name == null || name.isBlank() ? kind.name() : name;
    }
}
