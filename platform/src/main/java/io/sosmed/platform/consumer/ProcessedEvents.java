package io.sosmed.platform.consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The processed-event table: one row per (consumer, event id), written in the transaction of the effect. */
@ApplicationScoped
public class ProcessedEvents {

    private final EntityManager em;

    public ProcessedEvents(EntityManager em) {
        this.em = em;
    }

    /** Claims the event for this consumer; false when it was already processed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(String consumer, String eventId, String eventType) {
        return em.createNativeQuery("""
                insert into processed_event (consumer, event_id, event_type, processed_at)
                values (:consumer, :eventId, :eventType, now())
                on conflict do nothing
                """)
                .setParameter("consumer", consumer)
                .setParameter("eventId", eventId)
                .setParameter("eventType", eventType)
                .executeUpdate() == 1;
    }

    @Transactional
    public long count(String consumer, String eventId) {
        return ((Number) em.createNativeQuery(
                        "select count(*) from processed_event where consumer = :consumer and event_id = :eventId")
                .setParameter("consumer", consumer)
                .setParameter("eventId", eventId)
                .getSingleResult()).longValue();
    }
}
