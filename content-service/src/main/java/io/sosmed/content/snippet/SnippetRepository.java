package io.sosmed.content.snippet;

import io.sosmed.content.library.LibraryItemRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Snippets of a workspace; every lookup is scoped to the workspace. */
@ApplicationScoped
public class SnippetRepository implements LibraryItemRepository<Snippet> {
}
