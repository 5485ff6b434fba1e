package io.sosmed.content.guardrail;

import java.util.List;

/** One page of guardrails; {@code nextCursor} is null on the last page. */
public record GuardrailPage(List<GuardrailResponse> items, String nextCursor) {
}
