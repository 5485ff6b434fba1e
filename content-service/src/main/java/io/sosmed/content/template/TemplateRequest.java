package io.sosmed.content.template;

import io.sosmed.content.library.LibraryItemRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /templates} and {@code PUT /templates/{id}}. */
public record TemplateRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 100_000) String text) implements LibraryItemRequest {
}
