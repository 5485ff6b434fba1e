package io.sosmed.schedule.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Claims due gateway rows with {@code FOR UPDATE SKIP LOCKED} and a lease, so replicas never read the same post's
 * metrics or the same inbox twice; a replica that dies leaves rows others take over once the lease ends.
 */
@ApplicationScoped
public class GatewayClaims {

    private final EntityManager entityManager;

    public GatewayClaims(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<UUID> claimMetrics(Instant now, int limit, Instant leaseUntil) {
        return claim("metrics_schedule", "id", now, limit, leaseUntil);
    }

    /** Adds a poll row for every active channel that has none, then claims due ones. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<UUID> claimInboxes(Instant now, int limit, Instant leaseUntil) {
        entityManager.createNativeQuery("""
                insert into inbox_poll (channel_id, workspace_id, due_at)
                select id, workspace_id, :now from channel where status = 'ACTIVE'
                on conflict (channel_id) do nothing""")
                .setParameter("now", now)
                .executeUpdate();
        return claim("inbox_poll", "channel_id", now, limit, leaseUntil);
    }

    @SuppressWarnings("unchecked")
    private List<UUID> claim(String table, String key, Instant now, int limit, Instant leaseUntil) {
        List<UUID> ids = entityManager.createNativeQuery("select " + key + " from " + table
                        + " where due_at <= :now and (lease_until is null or lease_until < :now)"
                        + " order by due_at limit :limit for update skip locked", UUID.class)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
        if (!ids.isEmpty()) {
            entityManager.createNativeQuery("update " + table + " set lease_until = :lease where " + key + " in (:ids)")
                    .setParameter("lease", leaseUntil)
                    .setParameter("ids", ids)
                    .executeUpdate();
        }
        return ids;
    }
}
