package io.sosmed.schedule.gateway;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.sosmed.platform.event.EventType;
import io.sosmed.platform.outbox.Outbox;
import io.sosmed.schedule.network.ChannelContext;
import io.sosmed.schedule.network.ChannelDirectory;
import io.sosmed.schedule.network.FailureKind;
import io.sosmed.schedule.network.NetworkConnector;
import io.sosmed.schedule.network.NetworkConnectors;
import io.sosmed.schedule.network.NetworkException;
import io.sosmed.schedule.network.PublishedPost;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Sends requested replies reliably, the way the engine publishes: the request is recorded once (by reply id) in the
 * consumer's transaction; a loop claims pending replies with {@code SKIP LOCKED}, commits SENDING with a fresh attempt
 * id, calls the network outside any transaction (the attempt id as idempotency key where the network has one) and
 * records the outcome only if the row is still in that attempt. A reply whose outcome is unknown (a timeout after the
 * request went out, or a replica that died mid-call) becomes UNCONFIRMED and is never sent again by itself.
 */
@ApplicationScoped
public class InboxReplies {

    private static final String CLAIM = """
            update inbox_reply r
            set status = 'SENDING', attempt_id = gen_random_uuid(), attempts = r.attempts + 1, claimed_at = :now,
                updated_at = :now
            where r.reply_id in (select d.reply_id from inbox_reply d where d.status = 'PENDING' and d.due_at <= :now
                                 order by d.due_at limit :limit for update of d skip locked)
            returning r.reply_id""";

    private static final String STALE = """
            select r.reply_id from inbox_reply r where r.status = 'SENDING' and r.claimed_at < :before
            order by r.claimed_at limit :limit for update of r skip locked""";

    private final EntityManager entityManager;
    private final ChannelDirectory channels;
    private final NetworkConnectors connectors;
    private final Outbox outbox;
    private final GatewayConfig config;

    public InboxReplies(EntityManager entityManager, ChannelDirectory channels, NetworkConnectors connectors, Outbox outbox,
            GatewayConfig config) {
        this.entityManager = entityManager;
        this.channels = channels;
        this.connectors = connectors;
        this.outbox = outbox;
        this.config = config;
    }

    /** Records a requested reply in the caller's transaction; a reply id already recorded changes nothing. */
    public boolean request(String workspaceId, InboxReplyConsumer.ReplyRequested request, Instant now) {
        return entityManager.createNativeQuery("""
                insert into inbox_reply (reply_id, workspace_id, conversation_id, channel_id, network, in_reply_to, body,
                                         status, attempts, due_at, created_at, updated_at)
                values (:reply, :ws, :conversation, :channel, :network, :inReplyTo, :body, 'PENDING', 0, :now, :now, :now)
                on conflict (reply_id) do nothing""")
                .setParameter("reply", request.replyId())
                .setParameter("ws", workspaceId)
                .setParameter("conversation", request.conversationId())
                .setParameter("channel", request.channelId())
                .setParameter("network", request.network().name())
                .setParameter("inReplyTo", request.inReplyToExternalId())
                .setParameter("body", request.text() == null ? "" : request.text())
                .setParameter("now", now)
                .executeUpdate() == 1;
    }

    /** Settles replies whose sender died, then sends every due one; returns how many were attempted. */
    public int sendDue(Instant now) {
        recoverStale(now);
        List<UUID> claimed = claim(now);
        for (UUID replyId : claimed) {
            send(replyId, now);
        }
        return claimed.size();
    }

    @SuppressWarnings("unchecked")
    private List<UUID> claim(Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> new ArrayList<>(entityManager.createNativeQuery(CLAIM, UUID.class)
                .setParameter("now", now).setParameter("limit", config.batchSize()).getResultList()));
    }

    /** SENDING rows older than the lease: the replica died or hung mid-call, so the reply may exist. Never resent. */
    @SuppressWarnings("unchecked")
    private void recoverStale(Instant now) {
        QuarkusTransaction.requiringNew().run(() -> {
            List<UUID> stale = entityManager.createNativeQuery(STALE, UUID.class)
                    .setParameter("before", now.minus(config.lease())).setParameter("limit", config.batchSize())
                    .getResultList();
            for (UUID id : stale) {
                unconfirmed(entityManager.find(InboxReply.class, id), "No outcome was recorded within " + config.lease()
                        + " of sending (the service may have stopped mid-call)", now);
            }
        });
    }

    private void send(UUID replyId, Instant now) {
        InboxReply reply = QuarkusTransaction.requiringNew().call(() -> entityManager.find(InboxReply.class, replyId));
        if (reply.inReplyTo == null || reply.inReplyTo.isBlank()) {
            settle(reply, r -> failed(r, "nothing_to_reply_to", "The reply names no message to answer.", false, now));
            return;
        }
        Optional<ChannelContext> channel = channels.context(reply.workspaceId, reply.channelId);
        Optional<NetworkConnector> connector = connectors.of(reply.network);
        if (channel.isEmpty() || connector.isEmpty()) {
            String reason = channel.isEmpty()
                    ? "The channel " + reply.channelId + " is not connected any more; reconnect it and reply again."
                    : reply.network + " replies are not supported yet.";
            settle(reply, r -> failed(r, "channel_unavailable", reason, false, now));
            return;
        }
        try {
            PublishedPost sent = connector.get().reply(channel.get(), reply.inReplyTo, reply.body, reply.attemptId);
            settle(reply, r -> sent(r, sent, Instant.now()));
        } catch (NetworkException e) {
            switch (e.kind()) {
                case RETRYABLE -> settle(reply, r -> retryOrFail(r, e, now));
                case AUTH -> settle(reply, r -> {
                    channels.markNeedsReconnect(r.workspaceId, r.channelId, e.getMessage());
                    failed(r, e.code(), e.getMessage(), false, now);
                });
                case PERMANENT -> settle(reply, r -> failed(r, e.code(), e.getMessage(), false, now));
                case UNKNOWN_OUTCOME -> settle(reply, r -> unconfirmed(r, e.getMessage(), now));
            }
        } catch (RuntimeException e) {
            Log.errorf(e, "Sending reply %s failed unexpectedly", replyId);
            settle(reply, r -> unconfirmed(r, "The " + r.network + " call ended unexpectedly", now));
        }
    }

    /** Applies the outcome only if the row is still in the attempt that produced it. */
    private void settle(InboxReply claimed, Consumer<InboxReply> outcome) {
        QuarkusTransaction.requiringNew().run(() -> {
            InboxReply row = entityManager.find(InboxReply.class, claimed.replyId, LockModeType.PESSIMISTIC_WRITE);
            if (row != null && row.status == InboxReply.Status.SENDING && claimed.attemptId.equals(row.attemptId)) {
                outcome.accept(row);
            } else {
                Log.infof("Outcome of attempt %s on reply %s arrived after the attempt stopped being current; ignored",
                        claimed.attemptId, claimed.replyId);
            }
        });
    }

    private void sent(InboxReply reply, PublishedPost sent, Instant now) {
        reply.status = InboxReply.Status.SENT;
        reply.externalId = sent.externalId();
        reply.url = sent.url();
        reply.failureCode = null;
        reply.failureReason = null;
        reply.updatedAt = now;
        outbox.record(EventType.INBOX_REPLY_SENT, reply.workspaceId, reply.conversationId.toString(),
                reply.replyId.toString(), new InboxReplyConsumer.ReplySent(reply.replyId, reply.conversationId,
                        reply.channelId, reply.network, sent.externalId(), sent.url(), now));
        Log.infof("Workspace %s channel %s: reply %s sent as %s", reply.workspaceId, reply.channelId, reply.replyId,
                sent.externalId());
    }

    /** A refusal that may pass (rate limit, server error): tried again after the wait, a few times, then reported. */
    private void retryOrFail(InboxReply reply, NetworkException e, Instant now) {
        if (reply.attempts >= config.replyMaxAttempts()) {
            failed(reply, e.code(), e.getMessage() + " (gave up after " + reply.attempts + " attempts)", true, now);
            return;
        }
        Duration wait = e.retryAfter().orElse(config.replyRetryDelay().multipliedBy(1L << Math.min(10, reply.attempts - 1)));
        reply.status = InboxReply.Status.PENDING;
        reply.dueAt = now.plus(wait);
        reply.failureCode = e.code();
        reply.failureReason = e.getMessage();
        reply.updatedAt = now;
    }

    private void failed(InboxReply reply, String code, String reason, boolean retryable, Instant now) {
        reply.status = InboxReply.Status.FAILED;
        reply.failureCode = code;
        reply.failureReason = reason;
        reply.updatedAt = now;
        outbox.record(EventType.INBOX_REPLY_FAILED, reply.workspaceId, reply.conversationId.toString(),
                reply.replyId.toString(), new InboxReplyConsumer.ReplyFailed(reply.replyId, reply.conversationId,
                        reply.channelId, reply.network, code, reason, retryable, now));
        Log.infof("Workspace %s channel %s: reply %s failed (%s)", reply.workspaceId, reply.channelId, reply.replyId, code);
    }

    /** The network may have posted the reply: reported, never resent by itself (a person checks and replies again). */
    private void unconfirmed(InboxReply reply, String reason, Instant now) {
        reply.status = InboxReply.Status.UNCONFIRMED;
        reply.failureCode = "outcome_unknown";
        reply.failureReason = reason + "; the reply may have been posted: check the conversation on " + reply.network
                + " before replying again";
        reply.updatedAt = now;
        outbox.record(EventType.INBOX_REPLY_FAILED, reply.workspaceId, reply.conversationId.toString(),
                reply.replyId.toString(), new InboxReplyConsumer.ReplyFailed(reply.replyId, reply.conversationId,
                        reply.channelId, reply.network, "outcome_unknown", reply.failureReason, false, now));
        Log.warnf("Workspace %s channel %s: reply %s is UNCONFIRMED: %s", reply.workspaceId, reply.channelId,
                reply.replyId, reason);
    }
}
