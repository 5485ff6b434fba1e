package io.sosmed.community.reply;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Our answer in a conversation, sent to the network by schedule-service. */
@Entity
@Table(name = "reply")
public class Reply {

    /** Where a reply is on its way to the network. */
    public enum Status { SENDING, SENT, FAILED }

    @Id
    public UUID id;

    @Column(name = "workspace_id", nullable = false, updatable = false)
    public String workspaceId;

    @Column(name = "conversation_id", nullable = false, updatable = false)
    public UUID conversationId;

    @Column(nullable = false)
    public String text;

    @Column(name = "saved_reply_id")
    public UUID savedReplyId;

    @Column(name = "in_reply_to_external_id")
    public String inReplyToExternalId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "external_id")
    public String externalId;

    public String url;

    @Column(name = "failure_code")
    public String failureCode;

    @Column(name = "failure_reason")
    public String failureReason;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "failed_at")
    public Instant failedAt;
}
