package io.sosmed.analytics.inbox;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.sosmed.platform.consumer.IdempotentBatchConsumer;
import io.sosmed.platform.consumer.InboundEvent;
import io.sosmed.platform.event.EventType;
import io.sosmed.platform.event.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Reads closed conversations and SLA breaches from {@code inbox-events}; other inbox events are ignored. */
@ApplicationScoped
public class InboxEventsConsumer {

    static final String CONSUMER = "analytics-service.inbox-events";

    private static final Set<EventType> TYPES = Set.of(EventType.CONVERSATION_CLOSED, EventType.CONVERSATION_SLA_BREACHED);

    private final IdempotentBatchConsumer consumer;
    private final InboxStats stats;

    public InboxEventsConsumer(IdempotentBatchConsumer consumer, InboxStats stats) {
        this.consumer = consumer;
        this.stats = stats;
    }

    /** A poll at a time ({@code batch=true}): most of the topic is items received, which are skipped. */
    @Incoming(Topics.INBOX_EVENTS)
    @Blocking
    public CompletionStage<Void> receive(KafkaRecordBatch<String, String> batch) {
        return consumer.handle(CONSUMER, batch, TYPES, this::apply);
    }

    private void apply(InboundEvent event) {
        if (EventType.CONVERSATION_CLOSED.type().equals(event.type())) {
            stats.closed(event.workspaceId(), event.data(ConversationClosed.class));
        } else if (EventType.CONVERSATION_SLA_BREACHED.type().equals(event.type())) {
            stats.breached(event.workspaceId(), event.data(SlaBreached.class));
        }
    }
}
