package io.sosmed.content.pillar;

import io.sosmed.content.library.Timestamps;
import io.sosmed.platform.event.EventType;
import io.sosmed.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Announces a workspace's pillar set through the outbox ({@code sosmed.pillars.saved.v1}, key and subject = workspace id)
 * in the transaction that changed it. The version lives on the workspace's {@code pillar_library} row; bumping it locks
 * the row, so concurrent changes are numbered in commit order.
 */
@ApplicationScoped
public class PillarEvents {

    private final EntityManager em;
    private final PillarRepository pillars;
    private final Outbox outbox;

    public PillarEvents(EntityManager em, PillarRepository pillars, Outbox outbox) {
        this.em = em;
        this.pillars = pillars;
        this.outbox = outbox;
    }

    /** Records the workspace's pillars as they are now in this transaction (after the change). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void saved(String workspaceId) {
        pillars.flush();
        em.createNativeQuery("update pillar_library set version = version + 1 where workspace_id = ?1")
                .setParameter(1, workspaceId).executeUpdate();
        long version = ((Number) em.createNativeQuery("select version from pillar_library where workspace_id = ?1")
                .setParameter(1, workspaceId).getSingleResult()).longValue();
        PillarsSaved data = new PillarsSaved(version, Timestamps.now(), pillars.findAll(workspaceId).stream()
                .map(p -> new PillarsSaved.Pillar(p.key, p.name, p.targetPercent)).toList());
        outbox.record(EventType.PILLARS_SAVED, workspaceId, workspaceId, workspaceId, data);
    }
}
