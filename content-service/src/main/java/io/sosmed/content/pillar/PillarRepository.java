package io.sosmed.content.pillar;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.sosmed.content.library.LibraryQuery;
import io.sosmed.platform.paging.KeysetCursor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Content pillars of a workspace; every lookup is scoped to the workspace. */
@ApplicationScoped
public class PillarRepository implements PanacheRepositoryBase<ContentPillar, UUID> {

    public Optional<ContentPillar> findByKey(String workspaceId, String key) {
        return find("workspaceId = ?1 and key = ?2", workspaceId, key).firstResultOptional();
    }

    public List<ContentPillar> findAll(String workspaceId) {
        return list("workspaceId = ?1 order by createdAt, key", workspaceId);
    }

    public List<ContentPillar> findPage(String workspaceId, KeysetCursor after, int limit) {
        LibraryQuery query = LibraryQuery.inWorkspace(workspaceId).after(after);
        return find(query.query(), query.parameters()).range(0, limit - 1).list();
    }

    /** Live posts of the workspace that name the pillar. */
    public long postsUsing(String workspaceId, String key) {
        return ((Number) getEntityManager()
                .createNativeQuery("select count(*) from post where workspace_id = ?1 and pillar = ?2 and deleted_at is null")
                .setParameter(1, workspaceId).setParameter(2, key).getSingleResult()).longValue();
    }
}
