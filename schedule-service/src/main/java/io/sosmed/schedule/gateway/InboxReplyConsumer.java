package io.sosmed.schedule.gateway;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.sosmed.platform.consumer.IdempotentBatchConsumer;
import io.sosmed.platform.consumer.InboundEvent;
import io.sosmed.platform.consumer.PoisonMessageException;
import io.sosmed.platform.event.EventType;
import io.sosmed.platform.event.Topics;
import io.sosmed.schedule.network.Network;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Records the replies community-service asks for ({@code sosmed.inbox.reply.requested.v1}) in the consumer's
 * transaction, idempotently (by event id, and by reply id for a request sent twice); {@link InboxReplies} sends them
 * afterwards, outside any transaction, and answers with {@code inbox.reply.sent} or {@code inbox.reply.failed}. No
 * network call happens here, so a redelivered or rolled-back request never sends a reply twice.
 */
@ApplicationScoped
public class InboxReplyConsumer {

    static final String CONSUMER = "schedule-service.gateway.inbox-replies";

    private final IdempotentBatchConsumer consumer;
    private final InboxReplies replies;

    public InboxReplyConsumer(IdempotentBatchConsumer consumer, InboxReplies replies) {
        this.consumer = consumer;
        this.replies = replies;
    }

    /** A poll at a time ({@code batch=true}): most of the topic is items received, which are skipped. */
    @Incoming(Topics.INBOX_EVENTS)
    @Blocking
    public CompletionStage<Void> receive(KafkaRecordBatch<String, String> batch) {
        return consumer.handle(CONSUMER, batch, Set.of(EventType.INBOX_REPLY_REQUESTED), this::apply);
    }

    private void apply(InboundEvent event) {
        ReplyRequested request = event.data(ReplyRequested.class);
        if (request.replyId() == null || request.conversationId() == null || request.channelId() == null
                || request.network() == null) {
            throw new PoisonMessageException("inbox.reply.requested " + event.id() + " lacks replyId, conversationId, "
                    + "channelId or network");
        }
        if (!replies.request(event.workspaceId(), request, Instant.now())) {
            Log.debugf("Reply %s was already requested; ignored", request.replyId());
        }
    }

    /** The fields of {@code sosmed.inbox.reply.requested.v1} the gateway needs. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ReplyRequested(UUID replyId, UUID conversationId, String channelId, Network network,
            String inReplyToExternalId, String text) {
    }

    /** Data of {@code sosmed.inbox.reply.sent.v1}. */
    public record ReplySent(UUID replyId, UUID conversationId, String channelId, Network network, String externalId,
            String url, Instant sentAt) {
    }

    /** Data of {@code sosmed.inbox.reply.failed.v1}. */
    public record ReplyFailed(UUID replyId, UUID conversationId, String channelId, Network network, String code,
            String reason, boolean retryable, Instant failedAt) {
    }
}
