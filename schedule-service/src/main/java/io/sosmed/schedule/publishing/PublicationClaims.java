package io.sosmed.schedule.publishing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.sosmed.schedule.network.Network;
import io.sosmed.schedule.scheduling.PublicationRepository;
import io.sosmed.schedule.scheduling.PublicationStatus;
import io.sosmed.schedule.scheduling.ScheduledPublication;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
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

    /**
     * Claims due, unpaused work not on a channel the network rate-limited, in one statement: the rows are locked with
     * {@code SKIP LOCKED}, marked PUBLISHING with a fresh attempt id and returned.
     */
    private static final String CLAIM_DUE = """
            update publication p
            set status = 'PUBLISHING', attempt_id = gen_random_uuid(), attempts = p.attempts + 1,
                claimed_at = :now, updated_at = :now
            where p.id in (
                select d.id from publication d
                where d.status = 'SCHEDULED' and d.due_at <= :now
                  and not exists (select 1 from publishing_pause z
                                  where z.workspace_id = d.workspace_id and (z.channel_id = '' or z.channel_id = d.channel_id))
                  and not exists (select 1 from channel_rate_limit r
                                  where r.workspace_id = d.workspace_id and r.channel_id = d.channel_id and r.until > :now)
                order by d.due_at
                limit :limit
                for update of d skip locked)
            returning p.id, p.attempt_id, p.workspace_id, p.post_id, p.channel_id, p.network, p.attempts, p.lookups,
                      p.scheduled_at, p.claimed_at""";

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
    @SuppressWarnings("unchecked")
    public List<Claim> claimDue(Instant now, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Object[]> rows = em.createNativeQuery(CLAIM_DUE).setParameter("now", now).setParameter("limit", limit)
                    .getResultList();
            List<Claim> claimed = new ArrayList<>(rows.size());
            for (Object[] row : rows) {
                claimed.add(new Claim((UUID) row[0], (UUID) row[1], (String) row[2], (UUID) row[3], (String) row[4],
                        row[5] == null ? null : Network.valueOf((String) row[5]), ((Number) row[6]).intValue(),
                        ((Number) row[7]).intValue(), instant(row[8]), instant(row[9])));
            }
            claimed.sort(Comparator.comparing(Claim::scheduledAt));
            return claimed;
        });
    }

    private static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
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
