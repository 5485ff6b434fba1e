package io.sosmed.schedule.planning;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;

/** Keeps each workspace's latest pillar set; a version not newer than the stored one is ignored. */
@ApplicationScoped
public class WorkspacePillarsProjection implements PanacheRepositoryBase<WorkspacePillars, String> {

    /** @return whether the set was stored (false: an older or repeated version) */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(String workspaceId, PillarsSaved saved) {
        WorkspacePillars row = findByIdOptional(workspaceId, LockModeType.PESSIMISTIC_WRITE).orElse(null);
        if (row != null && row.version >= saved.version()) {
            return false;
        }
        if (row == null) {
            row = new WorkspacePillars();
            row.workspaceId = workspaceId;
        }
        row.version = saved.version();
        row.pillars = new ArrayList<>(saved.pillars());
        row.savedAt = saved.savedAt() == null ? Instant.now() : saved.savedAt();
        row.receivedAt = Instant.now();
        persist(row);
        return true;
    }

    public Optional<WorkspacePillars> of(String workspaceId) {
        return findByIdOptional(workspaceId);
    }
}
