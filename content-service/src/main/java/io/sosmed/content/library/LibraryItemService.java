package io.sosmed.content.library;

import io.quarkus.logging.Log;
import io.sosmed.platform.paging.KeysetCursor;
import io.sosmed.platform.problem.ProblemException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;

/**
 * Create, read, list, replace and delete for one kind of library item (snippets, templates, hashtag groups).
 * A subclass says how to make an empty item and how a request fills it in; names stay unique in the workspace.
 *
 * @param <E> the stored item
 * @param <R> the request that creates or replaces it
 */
@Transactional
public abstract class LibraryItemService<E extends LibraryItem, R extends LibraryItemRequest> {

    private final LibraryItemRepository<E> items;
    private final String kind;

    /** For the CDI client proxy only. */
    protected LibraryItemService() {
        this(null, null);
    }

    /** @param kind the item's name in messages, capitalised ("Hashtag group") */
    protected LibraryItemService(LibraryItemRepository<E> items, String kind) {
        this.items = items;
        this.kind = kind;
    }

    /** A new, empty item. */
    protected abstract E newItem();

    /**
     * Copies the request's content (everything but the name) into the item, or throws a 4xx problem when it does not
     * fit (the transaction then rolls back, so nothing changes). Runs after the name check's query, so the item is
     * flushed once.
     */
    protected abstract void fill(E item, R request);

    public E create(String workspaceId, String actor, R request) {
        E item = newItem();
        item.id = UUID.randomUUID();
        item.workspaceId = workspaceId;
        item.createdBy = actor;
        item.createdAt = Timestamps.now();
        apply(item, request, item.createdAt);
        items.persist(item);
        Log.infof("%s %s created in workspace %s", kind, item.id, workspaceId);
        return item;
    }

    public E get(String workspaceId, UUID id) {
        return items.findInWorkspace(workspaceId, id).orElseThrow(() -> ProblemException.notFound(kind, id.toString()));
    }

    public <T> LibraryPage<T> list(String workspaceId, String cursor, int limit, Function<E, T> view) {
        return LibraryPage.of(items.findPage(workspaceId, KeysetCursor.decodeOrNull(cursor), limit + 1), limit,
                item -> item.createdAt, item -> item.id, view);
    }

    public E replace(String workspaceId, UUID id, R request) {
        E item = get(workspaceId, id);
        apply(item, request, Timestamps.now());
        items.flush();
        return item;
    }

    public void delete(String workspaceId, UUID id) {
        items.delete(get(workspaceId, id));
        Log.infof("%s %s deleted from workspace %s", kind, id, workspaceId);
    }

    private void apply(E item, R request, Instant now) {
        String name = request.name().strip();
        if (items.nameTaken(item.workspaceId, name, item.id)) {
            throw LibraryProblems.nameTaken(kind, name);
        }
        fill(item, request);
        item.name = name;
        item.updatedAt = now;
    }
}
