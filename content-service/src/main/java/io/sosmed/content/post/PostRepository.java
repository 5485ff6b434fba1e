package io.sosmed.content.post;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Posts of a workspace; every lookup is scoped to the workspace so no tenant sees another's posts. */
@ApplicationScoped
public class PostRepository implements PanacheRepositoryBase<Post, UUID> {

    public Optional<Post> findInWorkspace(String workspaceId, UUID id) {
        return find("workspaceId = ?1 and id = ?2", workspaceId, id).firstResultOptional();
    }
}
