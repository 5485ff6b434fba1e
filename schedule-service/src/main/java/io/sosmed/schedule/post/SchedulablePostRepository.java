package io.sosmed.schedule.post;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Posts schedule-service knows of, always looked up within one workspace. */
@ApplicationScoped
public class SchedulablePostRepository implements PanacheRepositoryBase<SchedulablePost, UUID> {

    public Optional<SchedulablePost> findInWorkspace(String workspaceId, UUID postId) {
        return find("workspaceId = ?1 and postId = ?2", workspaceId, postId).firstResultOptional();
    }
}
