package io.sosmed.content.validation;

import java.util.List;
import java.util.UUID;

/** Every variant of a post checked; {@code valid} is false when any variant has an ERROR (warnings never block). */
public record PostValidationReport(UUID postId, long version, boolean valid, List<VariantReport> variants) {

    /** Sensitive topics found in any variant, each once. */
    public List<String> sensitiveTopics() {
        return variants.stream().flatMap(variant -> variant.sensitiveTopics().stream()).distinct().toList();
    }
}
