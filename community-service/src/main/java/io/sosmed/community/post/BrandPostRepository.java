package io.sosmed.community.post;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Posts community-service knows of, always looked up within one workspace. */
@ApplicationScoped
public class BrandPostRepository implements PanacheRepositoryBase<BrandPost, UUID> {

    public Optional<BrandPost> findInWorkspace(String workspaceId, UUID postId) {
        return find("workspaceId = ?1 and postId = ?2", workspaceId, postId).firstResultOptional();
    }
}
