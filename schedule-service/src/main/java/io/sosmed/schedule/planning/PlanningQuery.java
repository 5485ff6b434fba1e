package io.sosmed.schedule.planning;

import io.sosmed.schedule.scheduling.PublicationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Counts the publications that make up a plan: scheduled, going out or out (not unscheduled, skipped or failed). */
@ApplicationScoped
public class PlanningQuery {

    /** Statuses of a variant that is (or was) really going out. */
    static final List<String> PLANNED = List.of(PublicationStatus.SCHEDULED, PublicationStatus.WAITING_RECONNECT,
            PublicationStatus.PUBLISHING, PublicationStatus.PUBLISHED, PublicationStatus.UNCONFIRMED)
            .stream().map(Enum::name).toList();

    private final EntityManager em;

    public PlanningQuery(EntityManager em) {
        this.em = em;
    }

    /** Planned variants per pillar key of their post (null key: posts without a pillar) in {@code [from, to)}. */
    public Map<String, Long> variantsPerPillar(String workspaceId, Instant from, Instant to, String channelId) {
        String sql = """
                select sp.pillar, count(*) from publication p join schedulable_post sp on sp.post_id = p.post_id
                where p.workspace_id = :ws and p.scheduled_at >= :from and p.scheduled_at < :to and p.status in (:planned)"""
                + (channelId == null ? "" : " and p.channel_id = :channel") + " group by sp.pillar";
        var query = em.createNativeQuery(sql).setParameter("ws", workspaceId).setParameter("from", Timestamp.from(from))
                .setParameter("to", Timestamp.from(to)).setParameter("planned", PLANNED);
        if (channelId != null) {
            query.setParameter("channel", channelId);
        }
        Map<String, Long> counts = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            counts.put((String) columns[0], ((Number) columns[1]).longValue());
        }
        return counts;
    }

    /** Planned publications of one channel in {@code [from, to)}. */
    public long plannedOn(String workspaceId, String channelId, Instant from, Instant to) {
        return ((Number) em.createNativeQuery("""
                        select count(*) from publication where workspace_id = :ws and channel_id = :channel
                          and scheduled_at >= :from and scheduled_at < :to and status in (:planned)""")
                .setParameter("ws", workspaceId).setParameter("channel", channelId).setParameter("from", Timestamp.from(from))
                .setParameter("to", Timestamp.from(to)).setParameter("planned", PLANNED).getSingleResult()).longValue();
    }
}
