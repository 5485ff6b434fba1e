package io.sosmed.community.inbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One comment, mention, DM or review received from a network. */
@Entity
@Table(name = "inbox_item")
public class InboxItem {

    @Id
    public UUID id;

    @Column(name = "workspace_id", nullable = false, updatable = false)
    public String workspaceId;

    @Column(name = "conversation_id", nullable = false)
    public UUID conversationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Network network;

    @Column(name = "channel_id", nullable = false, updatable = false)
    public String channelId;

    @Column(name = "external_id", nullable = false, updatable = false)
    public String externalId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public ItemKind kind;

    @Column(name = "author_handle", nullable = false)
    public String authorHandle;

    @Column(name = "author_name")
    public String authorName;

    @Column(name = "author_external_id")
    public String authorExternalId;

    @Column(nullable = false)
    public String text;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "parent_external_id")
    public String parentExternalId;

    @Column(name = "conversation_external_id")
    public String conversationExternalId;

    @Column(name = "post_external_id")
    public String postExternalId;

    @Column(name = "post_id")
    public UUID postId;

    public String language;

    public String sentiment;

    @Column(name = "sentiment_score")
    public Double sentimentScore;

    @Column(name = "conversation_version", nullable = false)
    public long conversationVersion;
}
