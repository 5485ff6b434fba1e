package io.sosmed.content.template;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A template as the API shows it, with the variables its text uses. */
public record TemplateResponse(UUID id, String name, String text, List<String> variables, String createdBy,
        Instant createdAt, Instant updatedAt, long version) {

    static TemplateResponse of(Template template) {
        return new TemplateResponse(template.id, template.name, template.text,
                new TemplateText(template.text).variables(), template.createdBy, template.createdAt,
                template.updatedAt, template.version);
    }
}
