package io.sosmed.content.campaign;

import io.sosmed.content.library.LibraryItemRepository;
import io.sosmed.content.library.LibraryQuery;
import io.sosmed.platform.paging.KeysetCursor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Campaigns of a workspace; every lookup is scoped to the workspace. */
@ApplicationScoped
public class CampaignRepository implements LibraryItemRepository<Campaign> {

    public boolean existsInWorkspace(String workspaceId, UUID id) {
        return count("workspaceId = ?1 and id = ?2", workspaceId, id) > 0;
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
