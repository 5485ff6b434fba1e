package io.sosmed.community.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Transaction-scoped PostgreSQL advisory locks: serialise work on one key across threads and replicas. */
@ApplicationScoped
public class AdvisoryLocks {

    private final EntityManager em;

    public AdvisoryLocks(EntityManager em) {
        this.em = em;
    }

    /** Blocks until this transaction holds the lock on {@code key}; released at commit or rollback. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(String key) {
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtextextended(?1, 0))) locked")
                .setParameter(1, key).getSingleResult();
    }
}
