package io.sosmed.content.campaign;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.sosmed.content.library.LibraryQuery;
import io.sosmed.platform.paging.KeysetCursor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Campaigns of a workspace; every lookup is scoped to the workspace. */
@ApplicationScoped
public class CampaignRepository implements PanacheRepositoryBase<Campaign, UUID> {

    public Optional<Campaign> findInWorkspace(String workspaceId, UUID id) {
        return find("workspaceId = ?1 and id = ?2", workspaceId, id).firstResultOptional();
    }

    public boolean existsInWorkspace(String workspaceId, UUID id) {
        return count("workspaceId = ?1 and id = ?2", workspaceId, id) > 0;
    }

    /** Whether another campaign of the workspace has this name (case-insensitive). */
    public boolean nameTaken(String workspaceId, String name, UUID except) {
        return count("workspaceId = ?1 and lower(name) = lower(?2) and id <> ?3", workspaceId, name, except) > 0;
    }

    /** Newest first; {@code archived} filters when not null. */
    public List<Campaign> findPage(String workspaceId, Boolean archived, KeysetCursor after, int limit) {
        LibraryQuery query = LibraryQuery.inWorkspace(workspaceId);
        if (archived != null) {
            query.and("archived = :archived", "archived", archived);
        }
        query.after(after);
        return find(query.query(), query.parameters()).range(0, limit - 1).list();
    }
}
