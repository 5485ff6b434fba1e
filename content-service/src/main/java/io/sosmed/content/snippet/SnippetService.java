package io.sosmed.content.snippet;

import io.quarkus.logging.Log;
import io.sosmed.content.library.LibraryPage;
import io.sosmed.content.library.LibraryProblems;
import io.sosmed.content.library.Timestamps;
import io.sosmed.platform.paging.KeysetCursor;
import io.sosmed.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/** Stores a workspace's snippets. */
@ApplicationScoped
public class SnippetService {

    private final SnippetRepository snippets;

    public SnippetService(SnippetRepository snippets) {
        this.snippets = snippets;
    }

    @Transactional
    public Snippet create(String workspaceId, String actor, SnippetRequest request) {
        Snippet snippet = new Snippet();
        snippet.id = UUID.randomUUID();
        snippet.workspaceId = workspaceId;
        snippet.createdBy = actor;
        snippet.createdAt = Timestamps.now();
        apply(snippet, request, snippet.createdAt);
        snippets.persist(snippet);
        Log.infof("Snippet %s created in workspace %s", snippet.id, workspaceId);
        return snippet;
    }

    @Transactional
    public Snippet get(String workspaceId, UUID id) {
        return snippets.findInWorkspace(workspaceId, id).orElseThrow(() -> ProblemException.notFound("Snippet", id.toString()));
    }

    @Transactional
    public LibraryPage<SnippetResponse> list(String workspaceId, String cursor, int limit) {
        return LibraryPage.of(snippets.findPage(workspaceId, KeysetCursor.decodeOrNull(cursor), limit + 1), limit,
                s -> s.createdAt, s -> s.id, SnippetResponse::of);
    }

    @Transactional
    public Snippet replace(String workspaceId, UUID id, SnippetRequest request) {
        Snippet snippet = get(workspaceId, id);
        apply(snippet, request, Timestamps.now());
        snippets.flush();
        return snippet;
    }

    @Transactional
    public void delete(String workspaceId, UUID id) {
        snippets.delete(get(workspaceId, id));
        Log.infof("Snippet %s deleted from workspace %s", id, workspaceId);
    }

    private void apply(Snippet snippet, SnippetRequest request, Instant now) {
        String name = request.name().strip();
        if (snippets.nameTaken(snippet.workspaceId, name, snippet.id)) {
            throw LibraryProblems.nameTaken("Snippet", name);
        }
        snippet.name = name;
        snippet.text = request.text();
        snippet.updatedAt = now;
    }
}
