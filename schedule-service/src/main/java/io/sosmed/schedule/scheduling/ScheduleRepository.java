package io.sosmed.schedule.scheduling;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.sosmed.platform.paging.KeysetCursor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Schedules, always looked up within one workspace. */
@ApplicationScoped
public class ScheduleRepository implements PanacheRepositoryBase<Schedule, UUID> {

    public Optional<Schedule> findInWorkspace(String workspaceId, UUID id) {
        return find("workspaceId = ?1 and id = ?2", workspaceId, id).firstResultOptional();
    }

    public List<Schedule> activeForPost(String workspaceId, UUID postId) {
        return list("workspaceId = ?1 and postId = ?2 and status = ?3", workspaceId, postId, Schedule.Status.ACTIVE);
    }

    /** Newest first, after the cursor; {@code postId} null for all posts. */
    public List<Schedule> page(String workspaceId, UUID postId, KeysetCursor after, int limit) {
        StringBuilder query = new StringBuilder("workspaceId = :ws");
        Parameters params = Parameters.with("ws", workspaceId);
        if (postId != null) {
            query.append(" and postId = :post");
            params.and("post", postId);
        }
        if (after != null) {
            query.append(" and (createdAt < :at or (createdAt = :at and id < :id))");
            params.and("at", after.createdAt()).and("id", after.id());
        }
        query.append(" order by createdAt desc, id desc");
        return find(query.toString(), params).page(0, limit).list();
    }
}
