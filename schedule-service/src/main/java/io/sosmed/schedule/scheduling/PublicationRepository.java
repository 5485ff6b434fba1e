package io.sosmed.schedule.scheduling;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Publications (one variant on one channel at one instant). */
@ApplicationScoped
public class PublicationRepository implements PanacheRepositoryBase<ScheduledPublication, UUID> {

    public List<ScheduledPublication> ofSchedule(UUID scheduleId) {
        return list("scheduleId = ?1 order by scheduledAt, channelId", scheduleId);
    }

    public List<ScheduledPublication> pendingOfSchedule(UUID scheduleId) {
        return list("scheduleId = ?1 and status in ?2 order by scheduledAt, channelId", scheduleId, PublicationStatus.PENDING);
    }

    public List<ScheduledPublication> ofPost(String workspaceId, UUID postId) {
        return list("workspaceId = ?1 and postId = ?2 order by scheduledAt, channelId", workspaceId, postId);
    }

    /** Instants a channel already publishes something at, from {@code from} on: queue slots they hold are taken. */
    public Set<Instant> takenOnChannel(String workspaceId, String channelId, Instant from) {
        return new HashSet<>(getEntityManager().createQuery("select p.scheduledAt from ScheduledPublication p"
                        + " where p.workspaceId = :ws and p.channelId = :channel and p.scheduledAt >= :from"
                        + " and p.status not in :gone", Instant.class)
                .setParameter("ws", workspaceId).setParameter("channel", channelId).setParameter("from", from)
                .setParameter("gone", List.of(PublicationStatus.UNSCHEDULED, PublicationStatus.SKIPPED))
                .getResultList());
    }

    /** When this post last went out (or is planned to) on the channel before {@code before}: the evergreen gap starts there. */
    public Optional<Instant> lastOnChannel(UUID postId, String channelId, Instant before) {
        return getEntityManager().createQuery("select max(p.scheduledAt) from ScheduledPublication p"
                        + " where p.postId = :post and p.channelId = :channel and p.scheduledAt < :before"
                        + " and p.status not in :gone", Instant.class)
                .setParameter("post", postId).setParameter("channel", channelId).setParameter("before", before)
                .setParameter("gone", List.of(PublicationStatus.UNSCHEDULED, PublicationStatus.SKIPPED, PublicationStatus.FAILED))
                .getResultList().stream().filter(i -> i != null).findFirst();
    }

    public boolean existsActive(UUID postId, String channelId, Instant at) {
        return count("postId = ?1 and channelId = ?2 and scheduledAt = ?3 and status not in ?4", postId, channelId, at,
                List.of(PublicationStatus.UNSCHEDULED, PublicationStatus.SKIPPED)) > 0;
    }

    /** Pending publications matching a shift filter, locked for the caller's transaction. */
    public List<ScheduledPublication> pendingMatching(String workspaceId, ShiftRequest.Filter filter) {
        StringBuilder query = new StringBuilder("workspaceId = :ws and status in :pending");
        Parameters params = Parameters.with("ws", workspaceId).and("pending", PublicationStatus.PENDING);
        if (filter.from() != null) {
            query.append(" and scheduledAt >= :from");
            params.and("from", filter.from());
        }
        if (filter.to() != null) {
            query.append(" and scheduledAt < :to");
            params.and("to", filter.to());
        }
        if (filter.channelId() != null) {
            query.append(" and channelId = :channel");
            params.and("channel", filter.channelId());
        }
        if (filter.postId() != null) {
            query.append(" and postId = :post");
            params.and("post", filter.postId());
        }
        if (filter.campaignId() != null) {
            query.append(" and postId in (select sp.postId from SchedulablePost sp where sp.workspaceId = :ws and sp.campaignId = :campaign)");
            params.and("campaign", filter.campaignId());
        }
        query.append(" order by scheduledAt");
        return find(query.toString(), params).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** SCHEDULED publications whose time came while publishing was paused, locked; {@code channelId} null for all channels. */
    public List<ScheduledPublication> lockMissed(String workspaceId, String channelId, Set<String> stillPaused, Instant now) {
        StringBuilder query = new StringBuilder("workspaceId = :ws and status = :scheduled and dueAt <= :now");
        Parameters params = Parameters.with("ws", workspaceId).and("scheduled", PublicationStatus.SCHEDULED).and("now", now);
        if (channelId != null) {
            query.append(" and channelId = :channel");
            params.and("channel", channelId);
        }
        if (!stillPaused.isEmpty()) {
            query.append(" and channelId not in :paused");
            params.and("paused", stillPaused);
        }
        return find(query.toString(), params).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    public Optional<ScheduledPublication> findInWorkspace(String workspaceId, UUID id) {
        return find("workspaceId = ?1 and id = ?2", workspaceId, id).firstResultOptional();
    }
}
