package io.sosmed.schedule.calendar;

import io.sosmed.platform.problem.Problem;
import io.sosmed.platform.problem.ProblemException;
import io.sosmed.schedule.scheduling.PublicationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Reads the calendar: publications (except unscheduled ones) joined with their post's title and campaign. */
@ApplicationScoped
public class CalendarQuery {

    /** The longest range one calendar request may span. */
    static final Duration MAX_RANGE = Duration.ofDays(93);
    static final int MAX_ITEMS = 5000;

    private final EntityManager em;

    public CalendarQuery(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public CalendarPage between(String workspaceId, Instant from, Instant to, String channelId, String campaignId) {
        if (from == null || to == null) {
            throw invalid(from == null ? "from" : "to", "required: an ISO-8601 instant such as 2026-12-01T00:00:00Z");
        }
        if (!from.isBefore(to)) {
            throw invalid("to", "must be after from");
        }
        if (Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
            throw invalid("to", "the range may span at most " + MAX_RANGE.toDays() + " days");
        }
        return new CalendarPage(from, to, entries(workspaceId, from, to, channelId, campaignId));
    }

    /** Entries for the ICS feed (no range limit checks; the caller bounds it). */
    @Transactional
    public List<CalendarEntry> entries(String workspaceId, Instant from, Instant to, String channelId, String campaignId) {
        StringBuilder jpql = new StringBuilder("""
                select new io.sosmed.schedule.calendar.CalendarEntry(p.id, p.scheduleId, p.postId, sp.title, sp.campaignId,
                    p.channelId, p.network, p.scheduledAt, p.status, p.externalId, p.url, p.failureReason, p.updatedAt)
                from ScheduledPublication p, SchedulablePost sp
                where sp.postId = p.postId and p.workspaceId = :ws and p.scheduledAt >= :from and p.scheduledAt < :to
                  and p.status <> :unscheduled""");
        if (channelId != null) {
            jpql.append(" and p.channelId = :channel");
        }
        if (campaignId != null) {
            jpql.append(" and sp.campaignId = :campaign");
        }
        jpql.append(" order by p.scheduledAt, p.channelId");
        var query = em.createQuery(jpql.toString(), CalendarEntry.class)
                .setParameter("ws", workspaceId).setParameter("from", from).setParameter("to", to)
                .setParameter("unscheduled", PublicationStatus.UNSCHEDULED)
                .setMaxResults(MAX_ITEMS);
        if (channelId != null) {
            query.setParameter("channel", channelId);
        }
        if (campaignId != null) {
            query.setParameter("campaign", campaignId);
        }
        return query.getResultList();
    }

    private static ProblemException invalid(String field, String message) {
        return new ProblemException(400, "validation", "Request is not valid", field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }
}
