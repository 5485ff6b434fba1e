package io.sosmed.schedule.gateway;

import io.sosmed.schedule.network.Network;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A reply community-service asked for, recorded when the request was consumed and sent later outside any transaction:
 * {@code PENDING → SENDING → SENT | FAILED | UNCONFIRMED}. The attempt id is committed with SENDING before the network
 * call and is the network's idempotency key where it has one.
 */
@Entity
@Table(name = "inbox_reply")
public class InboxReply {

    public enum Status { PENDING, SENDING, SENT, FAILED, UNCONFIRMED }

    @Id
    @Column(name = "reply_id")
    public UUID replyId;

    @Column(name = "workspace_id", nullable = false, updatable = false)
    public String workspaceId;

    @Column(name = "conversation_id", nullable = false, updatable = false)
    public UUID conversationId;

    @Column(name = "channel_id", nullable = false, updatable = false)
    public String channelId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Network network;

    /** The network's id of the comment, mention or DM answered. */
    @Column(name = "in_reply_to", updatable = false)
    public String inReplyTo;

    @Column(nullable = false, updatable = false)
    public String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "attempt_id")
    public UUID attemptId;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Column(name = "claimed_at")
    public Instant claimedAt;

    @Column(name = "external_id")
    public String externalId;

    public String url;

    @Column(name = "failure_code")
    public String failureCode;

    @Column(name = "failure_reason")
    public String failureReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
