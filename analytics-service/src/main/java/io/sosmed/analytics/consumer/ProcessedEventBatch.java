package io.sosmed.analytics.consumer;

import io.sosmed.analytics.Database;
import io.sosmed.platform.consumer.InboundEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The batch counterpart of the platform's per-event claim: claims many received events for a consumer in one
 * statement on the same processed-event table, so an event is applied at most once whichever path (batch or one by
 * one) sees it. Call it in the transaction of the effect.
 */
@ApplicationScoped
public class ProcessedEventBatch {

    private final Database db;

    public ProcessedEventBatch(Database db) {
        this.db = db;
    }

    /**
     * @return the ids this call claimed; ids processed before are left out, and an id repeated in the batch is
     *         claimed once
     */
    public Set<String> claim(String consumer, List<InboundEvent> events) {
        if (events.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(db.query("insert into processed_event (consumer, event_id, event_type, processed_at) "
                        + "select ?, e.id, e.type, now() from unnest(?::text[], ?::text[]) as e(id, type) "
                        + "on conflict do nothing returning event_id", row -> row.string("event_id"), consumer,
                events.stream().map(InboundEvent::id).toList(), events.stream().map(InboundEvent::type).toList()));
    }
}
