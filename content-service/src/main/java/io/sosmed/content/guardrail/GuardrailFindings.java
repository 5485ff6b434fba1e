package io.sosmed.content.guardrail;

import io.sosmed.content.network.Violation;
import java.util.List;

/** What a workspace's guardrails found in one variant; {@code sensitiveTopics} need an extra approval step. */
public record GuardrailFindings(List<Violation> violations, List<String> sensitiveTopics) {

    public GuardrailFindings {
        violations = List.copyOf(violations);
        sensitiveTopics = List.copyOf(sensitiveTopics);
    }
}
