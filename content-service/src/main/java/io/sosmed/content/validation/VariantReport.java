package io.sosmed.content.validation;

import io.sosmed.content.network.Network;
import io.sosmed.content.network.Violation;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One variant's result: network rules, the channel's own limits and the workspace guardrails together. Violation
 * fields are relative to the variant ({@code text}, {@code media[0]}, {@code channelId}).
 */
public record VariantReport(
        @Schema(description = "Position of the variant in the post") int index,
        String channelId,
        @Schema(description = "From the channel; null when the channel is unknown") Network network,
        boolean valid,
        List<Violation> violations,
        Map<String, Map<String, Integer>> counts,
        @Schema(description = "Sensitive topics found; each needs an extra approval step") List<String> sensitiveTopics) {
}
