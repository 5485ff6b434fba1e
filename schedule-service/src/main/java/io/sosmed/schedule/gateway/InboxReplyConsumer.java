package io.sosmed.schedule.gateway;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.logging.Log;
import io.sosmed.platform.consumer.IdempotentConsumer;
import io.sosmed.platform.consumer.InboundEvent;
import io.sosmed.platform.event.EventType;
import io.sosmed.platform.event.Topics;
import io.sosmed.platform.outbox.Outbox;
import io.sosmed.schedule.network.ChannelContext;
import io.sosmed.schedule.network.ChannelDirectory;
import io.sosmed.schedule.network.FailureKind;
import io.sosmed.schedule.network.Network;
import io.sosmed.schedule.network.NetworkConnector;
import io.sosmed.schedule.network.NetworkConnectors;
import io.sosmed.schedule.network.NetworkException;
import io.sosmed.schedule.network.PublishedPost;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Sends the replies community-service asks for ({@code sosmed.inbox.reply.requested.v1}) and answers with
 * {@code inbox.reply.sent} or {@code inbox.reply.failed}. Every network failure is answered, never retried blindly:
 * a reply must not be sent twice.
 */
@ApplicationScoped
public class InboxReplyConsumer {

    static final String CONSUMER = "schedule-service.gateway.inbox-replies";

    private final IdempotentConsumer consumer;
    private final ChannelDirectory channels;
    private final NetworkConnectors connectors;
    private final Outbox outbox;

    public InboxReplyConsumer(IdempotentConsumer consumer, ChannelDirectory channels, NetworkConnectors connectors,
            Outbox outbox) {
        this.consumer = consumer;
        this.channels = channels;
        this.connectors = connectors;
        this.outbox = outbox;
    }

    @Incoming(Topics.INBOX_EVENTS)
    @Blocking
    public void receive(String message) {
        consumer.handle(CONSUMER, message, this::apply);
    }

    private void apply(InboundEvent event) {
        if (!EventType.INBOX_REPLY_REQUESTED.type().equals(event.type())) {
            return;
        }
        ReplyRequested request = event.data(ReplyRequested.class);
        String workspaceId = event.workspaceId();
        Optional<ChannelContext> channel = channels.context(workspaceId, request.channelId());
        Optional<NetworkConnector> connector = connectors.of(request.network());
        if (channel.isEmpty() || connector.isEmpty()) {
            failed(workspaceId, request, "channel_unavailable", channel.isEmpty()
                    ? "The channel " + request.channelId() + " is not connected any more; reconnect it and reply again."
                    : request.network() + " replies are not supported yet.", false);
            return;
        }
        if (request.inReplyToExternalId() == null || request.inReplyToExternalId().isBlank()) {
            failed(workspaceId, request, "nothing_to_reply_to", "The reply names no message to answer.", false);
            return;
        }
        try {
            PublishedPost reply = connector.get().reply(channel.get(), request.inReplyToExternalId(), request.text());
            outbox.record(EventType.INBOX_REPLY_SENT, workspaceId, request.conversationId().toString(),
                    request.replyId().toString(), new ReplySent(request.replyId(), request.conversationId(),
                            request.channelId(), request.network(), reply.externalId(), reply.url(), Instant.now()));
            Log.infof("Workspace %s channel %s: reply %s sent as %s", workspaceId, request.channelId(),
                    request.replyId(), reply.externalId());
        } catch (NetworkException e) {
            if (e.kind() == FailureKind.AUTH) {
                channels.markNeedsReconnect(workspaceId, request.channelId(), e.getMessage());
            }
            failed(workspaceId, request, e.code(), e.getMessage(), e.kind() == FailureKind.RETRYABLE);
        }
    }

    private void failed(String workspaceId, ReplyRequested request, String code, String reason, boolean retryable) {
        Log.infof("Workspace %s channel %s: reply %s failed (%s)", workspaceId, request.channelId(), request.replyId(), code);
        outbox.record(EventType.INBOX_REPLY_FAILED, workspaceId, request.conversationId().toString(),
                request.replyId().toString(), new ReplyFailed(request.replyId(), request.conversationId(),
                        request.channelId(), request.network(), code, reason, retryable, Instant.now()));
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
