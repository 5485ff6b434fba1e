package io.sosmed.content.snippet;

import io.sosmed.content.library.LibraryItemService;
import jakarta.enterprise.context.ApplicationScoped;

/** Stores a workspace's snippets. */
@ApplicationScoped
public class SnippetService extends LibraryItemService<Snippet, SnippetRequest> {

    public SnippetService(SnippetRepository snippets) {
        super(snippets, "Snippet");
    }

    @Override
    protected Snippet newItem() {
        return new Snippet();
    }

    @Override
    protected void fill(Snippet snippet, SnippetRequest request) {
        snippet.text = request.text();
    }
}
