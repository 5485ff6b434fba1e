package io.sosmed.community.inbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A thread of inbox items with one author or post on one channel, worked on by agents. */
@Entity
@Table(name = "conversation")
public class Conversation {

    @Id
    public UUID id;

    @Column(name = "workspace_id", nullable = false, updatable = false)
    public String workspaceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Network network;

    @Column(name = "channel_id", nullable = false, updatable = false)
    public String channelId;

    @Column(name = "thread_key", nullable = false, updatable = false)
    public String threadKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public ItemKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConversationStatus status;

    @Column(name = "snoozed_until")
    public Instant snoozedUntil;

    @Column(name = "assignee_id")
    public String assigneeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Priority priority;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> tags = new ArrayList<>();

    /** Sentiment of the latest item. */
    public String sentiment;

    /** Language of the latest item. */
    public String language;

    @Column(name = "post_id")
    public UUID postId;

    @Column(name = "author_handle", nullable = false)
    public String authorHandle;

    @Column(name = "author_name")
    public String authorName;

    @Column(name = "latest_text")
    public String latestText;

    @Column(name = "item_count", nullable = false)
    public int itemCount;

    /** Start of the current cycle: first item, or the item that reopened a closed conversation. */
    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "last_item_at", nullable = false)
    public Instant lastItemAt;

    @Column(name = "first_response_at")
    public Instant firstResponseAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "escalated_at")
    public Instant escalatedAt;

    @Column(name = "first_response_due_at")
    public Instant firstResponseDueAt;

    @Column(name = "resolution_due_at")
    public Instant resolutionDueAt;

    @Column(name = "first_response_breached", nullable = false)
    public boolean firstResponseBreached;

    @Column(name = "resolution_breached", nullable = false)
    public boolean resolutionBreached;

    /** Grows with every change agents should see before replying (collision guard, ETag). */
    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    /**
     * Text of the items added in this transaction, written with the conversation's insert or update: a database
     * trigger appends its lexemes to the search vector and clears it (never stored), so the conversation is written
     * once. Null when no item was added.
     */
    @Column(name = "pending_text")
    public String pendingText;

    /** Queues an added item's text for the conversation's full-text search vector (see {@link #pendingText}). */
    public void addSearchText(String text) {
        pendingText = pendingText == null ? text : pendingText + "\n" + text;
    }

    /** Marks a change and returns the new version. */
    public long touch() {
        return ++version;
    }

    public boolean isClosed() {
        return status == ConversationStatus.CLOSED;
    }
}
