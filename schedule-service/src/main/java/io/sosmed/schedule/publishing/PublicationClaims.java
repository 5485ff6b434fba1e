package io.sosmed.schedule.publishing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.sosmed.schedule.scheduling.PublicationRepository;
import io.sosmed.schedule.scheduling.PublicationStatus;
import io.sosmed.schedule.scheduling.ScheduledPublication;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Claims publications for this replica in short transactions with {@code SELECT ... FOR UPDATE SKIP LOCKED}: rows another
 * replica is claiming are skipped, and a claimed row changes status in the same transaction, so no two replicas (or
 * threads) ever claim the same row. Every claim gets a fresh attempt id, recorded before any network call.
 */
@ApplicationScoped
public class PublicationClaims {

    /** Due, not paused, not on a channel the network rate-limited. */
    private static final String DUE = """
            select p.id from publication p
            where p.status = 'SCHEDULED' and p.due_at <= :now
              and not exists (select 1 from publishing_pause z
                              where z.workspace_id = p.workspace_id and (z.channel_id = '' or z.channel_id = p.channel_id))
              and not exists (select 1 from channel_rate_limit r
                              where r.workspace_id = p.workspace_id and r.channel_id = p.channel_id and r.until > :now)
            order by p.due_at
            limit :limit
            for update of p skip locked""";

    private static final String STALE = """
            select p.id from publication p
            where p.status = 'PUBLISHING' and p.claimed_at < :before
            order by p.claimed_at
            limit :limit
            for update of p skip locked""";

    private static final String TO_LOOK_UP = """
            select p.id from publication p
            where p.status = 'UNCONFIRMED' and p.due_at <= :now and p.lookups < :maxLookups
            order by p.due_at
            limit :limit
            for update of p skip locked""";

    private final EntityManager em;
    private final PublicationRepository publications;

    public PublicationClaims(EntityManager em, PublicationRepository publications) {
        this.em = em;
        this.publications = publications;
    }

    /** Claims up to {@code limit} due publications: PUBLISHING with a new attempt id, committed before returning. */
    public List<Claim> claimDue(Instant now, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Claim> claimed = new ArrayList<>();
            for (ScheduledPublication p : lockedRows(DUE, now, limit, null)) {
                p.status = PublicationStatus.PUBLISHING;
                p.attemptId = UUID.randomUUID();
                p.attempts++;
                p.claimedAt = now;
                p.updatedAt = now;
                claimed.add(Claim.of(p));
            }
            return claimed;
        });
    }

    /** PUBLISHING rows whose claim is older than the timeout: their replica died or hung mid-call. Locked and handed to {@code recover}. */
    public List<ScheduledPublication> staleIn(Instant now, Duration timeout, int limit) {
        List<ScheduledPublication> rows = new ArrayList<>();
        em.createNativeQuery(STALE, UUID.class).setParameter("before", now.minus(timeout)).setParameter("limit", limit)
                .getResultList().forEach(id -> rows.add(publications.findById((UUID) id)));
        return rows;
    }

    /** Claims UNCONFIRMED rows due for a lookup: the lease ({@code due_at}) moves on so no other replica looks them up meanwhile. */
    public List<Claim> claimLookups(Instant now, Duration interval, int maxLookups, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Claim> claimed = new ArrayList<>();
            for (ScheduledPublication p : lockedRows(TO_LOOK_UP, now, limit, maxLookups)) {
                p.lookups++;
                p.dueAt = now.plus(interval);
                p.updatedAt = now;
                claimed.add(Claim.of(p));
            }
            return claimed;
        });
    }

    @SuppressWarnings("unchecked")
    private List<ScheduledPublication> lockedRows(String sql, Instant now, int limit, Integer maxLookups) {
        var query = em.createNativeQuery(sql, UUID.class).setParameter("now", now).setParameter("limit", limit);
        if (maxLookups != null) {
            query.setParameter("maxLookups", maxLookups);
        }
        List<UUID> ids = query.getResultList();
        return ids.isEmpty() ? List.of() : publications.list("id in ?1", ids);
    }
}
