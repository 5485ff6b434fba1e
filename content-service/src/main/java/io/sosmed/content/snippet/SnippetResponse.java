package io.sosmed.content.snippet;

import java.time.Instant;
import java.util.UUID;

/** A snippet as the API shows it. */
public record SnippetResponse(UUID id, String name, String text, String createdBy, Instant createdAt,
        Instant updatedAt, long version) {

    static SnippetResponse of(Snippet snippet) {
        return new SnippetResponse(snippet.id, snippet.name, snippet.text, snippet.createdBy, snippet.createdAt,
                snippet.updatedAt, snippet.version);
    }
}
