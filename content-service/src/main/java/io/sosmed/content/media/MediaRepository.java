package io.sosmed.content.media;

import io.sosmed.platform.paging.KeysetCursor;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Media of a workspace; every lookup is scoped to the workspace so no tenant sees another's media. */
@ApplicationScoped
public class MediaRepository implements PanacheRepositoryBase<Media, UUID> {

    public Optional<Media> findInWorkspace(String workspaceId, UUID id) {
        return find("workspaceId = ?1 and id = ?2", workspaceId, id).firstResultOptional();
    }

    public Optional<Media> findByContent(String workspaceId, String sha256) {
        return find("workspaceId = ?1 and sha256 = ?2", workspaceId, sha256).firstResultOptional();
    }

    /** Newest first; {@code after} is the last item of the previous page, {@code kind} an optional filter. */
    public List<Media> findPage(String workspaceId, MediaKind kind, KeysetCursor after, int limit) {
        StringBuilder query = new StringBuilder("workspaceId = :workspace");
        Parameters parameters = Parameters.with("workspace", workspaceId);
        if (kind != null) {
            query.append(" and kind = :kind");
            parameters.and("kind", kind);
        }
        if (after != null) {
            query.append(" and (createdAt < :createdAt or (createdAt = :createdAt and id < :id))");
            parameters.and("createdAt", after.createdAt()).and("id", after.id());
        }
        query.append(" order by createdAt desc, id desc");
        return find(query.toString(), parameters).range(0, limit - 1).list();
    }
}
