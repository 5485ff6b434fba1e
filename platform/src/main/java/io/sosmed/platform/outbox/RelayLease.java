package io.sosmed.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.UUID;

/**
 * A lease row that lets exactly one replica of a service relay its outbox at a time, which keeps
 * the per-aggregate order of events when several replicas run.
 */
@ApplicationScoped
public class RelayLease {

    private final EntityManager em;
    private final String owner = UUID.randomUUID().toString();

    public RelayLease(EntityManager em) {
        this.em = em;
    }

    /** Takes or renews the lease; false while another live replica holds it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean acquire(Duration duration) {
        int updated = em.createNativeQuery("""
                update outbox_relay_lease
                   set owner = :owner, expires_at = now() + make_interval(secs => :seconds)
                 where name = 'outbox-relay' and (owner = :owner or expires_at < now())
                """)
                .setParameter("owner", owner)
                .setParameter("seconds", (double) duration.toMillis() / 1000)
                .executeUpdate();
        return updated == 1;
    }

    /** Gives the lease up at shutdown so another replica does not wait for it to expire. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release() {
        em.createNativeQuery("update outbox_relay_lease set expires_at = now() where owner = :owner")
                .setParameter("owner", owner)
                .executeUpdate();
    }
}
