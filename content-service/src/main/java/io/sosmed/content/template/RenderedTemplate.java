package io.sosmed.content.template;

import java.util.List;
import java.util.UUID;

/** A template's text with its variables filled in. */
public record RenderedTemplate(UUID templateId, String text, List<String> variables) {
}
