package io.sosmed.analytics.post;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Posts analytics-service knows of, always looked up within one workspace. */
@ApplicationScoped
public class TrackedPostRepository implements PanacheRepositoryBase<TrackedPost, UUID> {

    public Optional<TrackedPost> findInWorkspace(String workspaceId, UUID postId) {
        return find("workspaceId = ?1 and postId = ?2", workspaceId, postId).firstResultOptional();
    }
}
