package io.sosmed.content.snippet;

import io.sosmed.content.library.LibraryItemRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /snippets} and {@code PUT /snippets/{id}}. */
public record SnippetRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 10_000) String text) implements LibraryItemRequest {
}
