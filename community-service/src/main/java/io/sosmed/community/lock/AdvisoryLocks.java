package io.sosmed.community.lock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Transaction-scoped PostgreSQL advisory locks: serialise work on one key across threads and replicas. Keys are
 * strings hashed with {@code hashtextextended}; a collision only serialises two unrelated keys.
 */
@ApplicationScoped
public class AdvisoryLocks {

    private final EntityManager em;

    public AdvisoryLocks(EntityManager em) {
        this.em = em;
    }

    /** Blocks until this transaction holds the lock on {@code key}; released at commit or rollback. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(String key) {
        lockAll(Set.of(key), Set.of());
    }

    /**
     * Blocks until this transaction holds {@code exclusive} keys alone and {@code shared} keys with other sharers,
     * taken in one statement in hash order for every transaction, so two callers never deadlock on these keys. A key
     * in both sets is taken exclusively.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockAll(Collection<String> exclusive, Collection<String> shared) {
        if (exclusive.isEmpty() && shared.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                        select count(*) from (
                            select case when shared then pg_advisory_xact_lock_shared(h) else pg_advisory_xact_lock(h) end
                            from (select distinct on (h) h, shared from (
                                      select hashtextextended(k, 0) as h, false as shared from unnest(cast(?1 as text[])) as k
                                      union all
                                      select hashtextextended(k, 0), true from unnest(cast(?2 as text[])) as k) keys
                                  order by h, shared) ordered) locked""")
                .setParameter(1, new TreeSet<>(exclusive).toArray(String[]::new))
                .setParameter(2, new TreeSet<>(shared).toArray(String[]::new))
                .getSingleResult();
    }
}
