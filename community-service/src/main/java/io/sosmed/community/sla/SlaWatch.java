package io.sosmed.community.sla;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.sosmed.community.inbox.Conversation;
import io.sosmed.platform.event.EventType;
import io.sosmed.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;

/** Announces each missed SLA target once ({@code conversation.sla-breached}), per conversation and target. */
@ApplicationScoped
public class SlaWatch {

    static final String FIRST_RESPONSE = "FIRST_RESPONSE";
    static final String RESOLUTION = "RESOLUTION";
    private static final int BATCH = 200;

    private final EntityManager em;
    private final Outbox outbox;

    public SlaWatch(EntityManager em, Outbox outbox) {
        this.em = em;
        this.outbox = outbox;
    }

    @Scheduled(identity = "sla-watch", every = "${sosmed.sla.check-interval:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        while (QuarkusTransaction.requiringNew().call(() -> announce(Instant.now())) == BATCH) {
            Log.debug("More SLA breaches to announce");
        }
    }

    /** Flags and announces one batch of breaches; returns how many conversations it handled. */
    int announce(Instant now) {
        List<Conversation> due = em.createNativeQuery("""
                        select * from conversation
                        where status <> 'CLOSED'
                          and ((first_response_at is null and not first_response_breached and first_response_due_at <= ?1)
                               or (not resolution_breached and resolution_due_at <= ?1))
                        order by least(first_response_due_at, resolution_due_at)
                        limit ?2 for update skip locked""", Conversation.class)
                .setParameter(1, now).setParameter(2, BATCH).getResultList();
        for (Conversation conversation : due) {
            if (conversation.firstResponseAt == null && !conversation.firstResponseBreached
                    && conversation.firstResponseDueAt != null && !conversation.firstResponseDueAt.isAfter(now)) {
                conversation.firstResponseBreached = true;
                record(conversation, FIRST_RESPONSE, conversation.firstResponseDueAt, now);
            }
            if (!conversation.resolutionBreached && conversation.resolutionDueAt != null
                    && !conversation.resolutionDueAt.isAfter(now)) {
                conversation.resolutionBreached = true;
                record(conversation, RESOLUTION, conversation.resolutionDueAt, now);
            }
        }
        return due.size();
    }

    private void record(Conversation c, String target, Instant dueAt, Instant now) {
        Log.infof("Conversation %s of workspace %s missed its %s target", c.id, c.workspaceId, target);
        outbox.record(EventType.CONVERSATION_SLA_BREACHED, c.workspaceId, c.id.toString(), c.id.toString(),
                new SlaBreached(c.id, c.channelId, c.network.name(), c.priority.name(), target, dueAt, now, c.assigneeId));
    }
}
