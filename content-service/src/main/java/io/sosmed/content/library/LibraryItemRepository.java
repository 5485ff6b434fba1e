package io.sosmed.content.library;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.sosmed.platform.paging.KeysetCursor;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Library items of one kind; every lookup is scoped to the workspace. */
public interface LibraryItemRepository<E extends LibraryItem> extends PanacheRepositoryBase<E, UUID> {

    default Optional<E> findInWorkspace(String workspaceId, UUID id) {
        return find("workspaceId = ?1 and id = ?2", workspaceId, id).firstResultOptional();
    }

    /** Whether another item of this kind in the workspace has this name (case-insensitive). */
    default boolean nameTaken(String workspaceId, String name, UUID except) {
        return count("workspaceId = ?1 and lower(name) = lower(?2) and id <> ?3", workspaceId, name, except) > 0;
    }

    /** Up to {@code limit} items after the cursor, newest first. */
    default List<E> findPage(String workspaceId, KeysetCursor after, int limit) {
        LibraryQuery query = LibraryQuery.inWorkspace(workspaceId).after(after);
        return find(query.query(), query.parameters()).range(0, limit - 1).list();
    }
}
