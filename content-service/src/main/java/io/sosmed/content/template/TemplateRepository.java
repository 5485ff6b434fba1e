package io.sosmed.content.template;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.sosmed.content.library.LibraryQuery;
import io.sosmed.platform.paging.KeysetCursor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Templates of a workspace; every lookup is scoped to the workspace. */
@ApplicationScoped
public class TemplateRepository implements PanacheRepositoryBase<Template, UUID> {

    public Optional<Template> findInWorkspace(String workspaceId, UUID id) {
        return find("workspaceId = ?1 and id = ?2", workspaceId, id).firstResultOptional();
    }

    /** Whether another template of the workspace has this name (case-insensitive). */
    public boolean nameTaken(String workspaceId, String name, UUID except) {
        return count("workspaceId = ?1 and lower(name) = lower(?2) and id <> ?3", workspaceId, name, except) > 0;
    }

    public List<Template> findPage(String workspaceId, KeysetCursor after, int limit) {
        LibraryQuery query = LibraryQuery.inWorkspace(workspaceId).after(after);
        return find(query.query(), query.parameters()).range(0, limit - 1).list();
    }
}
