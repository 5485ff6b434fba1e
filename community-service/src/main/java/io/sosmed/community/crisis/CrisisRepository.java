package io.sosmed.community.crisis;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.sosmed.platform.paging.KeysetCursor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Crises of workspaces, newest first. */
@ApplicationScoped
public class CrisisRepository implements PanacheRepositoryBase<Crisis, UUID> {

    public Optional<Crisis> findActive(String workspaceId) {
        return find("workspaceId = ?1 and status = ?2", workspaceId, Crisis.Status.ACTIVE).firstResultOptional();
    }

    /** When the workspace's most recently cleared crisis was cleared. */
    public Optional<Instant> lastClearedAt(String workspaceId) {
        return find("workspaceId = ?1 and status = ?2 order by clearedAt desc", workspaceId, Crisis.Status.CLEARED)
                .firstResultOptional().map(crisis -> crisis.clearedAt);
    }

    public Optional<Crisis> lockInWorkspace(String workspaceId, UUID id) {
        return find("workspaceId = ?1 and id = ?2", workspaceId, id).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    public List<Crisis> history(String workspaceId, KeysetCursor cursor, int limit) {
        if (cursor == null) {
            return find("workspaceId = ?1 order by detectedAt desc, id desc", workspaceId).page(0, limit + 1).list();
        }
        return find("workspaceId = ?1 and (detectedAt < ?2 or (detectedAt = ?2 and id < ?3)) order by detectedAt desc, id desc",
                workspaceId, cursor.createdAt(), cursor.id()).page(0, limit + 1).list();
    }
}
