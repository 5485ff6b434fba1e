package io.sosmed.community.inbox;

import io.sosmed.community.reply.ReplyFailed;
import io.sosmed.community.reply.ReplySent;
import io.sosmed.community.reply.ReplyService;
import io.sosmed.platform.consumer.IdempotentConsumer;
import io.sosmed.platform.consumer.InboundEvent;
import io.sosmed.platform.consumer.PoisonMessageException;
import io.sosmed.platform.event.EventType;
import io.sosmed.platform.event.Topics;
import io.sosmed.platform.problem.Problem;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Takes items from the networks (via schedule-service) into the inbox and follows our replies' delivery. */
@ApplicationScoped
public class InboxEventsConsumer {

    static final String CONSUMER = "community-service.inbox-events";

    private final IdempotentConsumer consumer;
    private final ItemIngestion ingestion;
    private final ReplyService replies;

    public InboxEventsConsumer(IdempotentConsumer consumer, ItemIngestion ingestion, ReplyService replies) {
        this.consumer = consumer;
        this.ingestion = ingestion;
        this.replies = replies;
    }

    @Incoming(Topics.INBOX_EVENTS)
    @Blocking
    public void receive(String message) {
        consumer.handle(CONSUMER, message, this::apply);
    }

    private void apply(InboundEvent event) {
        String type = event.type();
        if (EventType.INBOX_ITEM_RECEIVED.type().equals(type)) {
            NewInboxItem item = event.data(NewInboxItem.class);
            List<Problem.FieldError> errors = item.validate();
            if (event.workspaceId() == null || !errors.isEmpty()) {
                throw new PoisonMessageException("inbox.item.received " + event.id() + " is not valid: "
                        + errors.stream().map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; ")));
            }
            ingestion.ingest(event.workspaceId(), item);
        } else if (EventType.INBOX_REPLY_SENT.type().equals(type)) {
            replies.markSent(event.workspaceId(), event.data(ReplySent.class));
        } else if (EventType.INBOX_REPLY_FAILED.type().equals(type)) {
            replies.markFailed(event.workspaceId(), event.data(ReplyFailed.class));
        }
    }
}
