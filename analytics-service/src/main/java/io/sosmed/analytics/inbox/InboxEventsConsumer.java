package io.sosmed.analytics.inbox;

import io.smallrye.common.annotation.Blocking;
import io.sosmed.platform.consumer.IdempotentConsumer;
import io.sosmed.platform.consumer.InboundEvent;
import io.sosmed.platform.event.EventType;
import io.sosmed.platform.event.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Reads closed conversations and SLA breaches from {@code inbox-events}; other inbox events are ignored. */
@ApplicationScoped
public class InboxEventsConsumer {

    static final String CONSUMER = "analytics-service.inbox-events";

    private final IdempotentConsumer consumer;
    private final InboxStats stats;

    public InboxEventsConsumer(IdempotentConsumer consumer, InboxStats stats) {
        this.consumer = consumer;
        this.stats = stats;
    }

    @Incoming(Topics.INBOX_EVENTS)
    @Blocking
    public void receive(String message) {
        consumer.handle(CONSUMER, message,
                Set.of(EventType.CONVERSATION_CLOSED, EventType.CONVERSATION_SLA_BREACHED), this::apply);
    }

    private void apply(InboundEvent event) {
        if (EventType.CONVERSATION_CLOSED.type().equals(event.type())) {
            stats.closed(event.workspaceId(), event.data(ConversationClosed.class));
        } else if (EventType.CONVERSATION_SLA_BREACHED.type().equals(event.type())) {
            stats.breached(event.workspaceId(), event.data(SlaBreached.class));
        }
    }
}
