package io.sosmed.schedule.scheduling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import io.sosmed.schedule.network.Network;
import java.time.Instant;
import java.util.UUID;

/**
 * One variant of a post to publish on one channel at one instant: what the publishing engine claims, attempts and
 * reports on. Rows are only ever changed by status-guarded updates, so a claimed row is never touched by rescheduling.
 */
@Entity
@Table(name = "publication")
public class ScheduledPublication {

    @Id
    public UUID id;

    @Column(name = "schedule_id", nullable = false, updatable = false)
    public UUID scheduleId;

    @Column(name = "workspace_id", nullable = false, updatable = false)
    public String workspaceId;

    @Column(name = "post_id", nullable = false, updatable = false)
    public UUID postId;

    @Column(name = "channel_id", nullable = false, updatable = false)
    public String channelId;

    @Enumerated(EnumType.STRING)
    public Network network;

    /** 1 for a one-off; the occurrence number of a recurrence. */
    @Column(nullable = false)
    public int occurrence;

    /** When it was planned to go out. */
    @Column(name = "scheduled_at", nullable = false)
    public Instant scheduledAt;

    /** When the engine should next act on it: the planned time, a retry time, or the next reconciliation. */
    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PublicationStatus status;

    @Column(nullable = false)
    public int attempts;

    /** Id of the current (or last) attempt, passed to the network as idempotency marker. */
    @Column(name = "attempt_id")
    public UUID attemptId;

    @Column(name = "claimed_at")
    public Instant claimedAt;

    @Column(name = "external_id")
    public String externalId;

    public String url;

    @Column(name = "failure_code")
    public String failureCode;

    @Column(name = "failure_reason")
    public String failureReason;

    @Column(name = "published_at")
    public Instant publishedAt;

    /** A {@code FirstCommentStatus} once the post is published with a first comment; null without one. */
    @Column(name = "first_comment_status")
    public String firstCommentStatus;

    @Column(name = "first_comment_code")
    public String firstCommentCode;

    /** Why the first comment could not be posted (the post itself is published). */
    @Column(name = "first_comment_reason")
    public String firstCommentReason;

    /** Attempts of the first comment (the one made with the post counts as the first). */
    @Column(name = "first_comment_attempts", nullable = false)
    public int firstCommentAttempts;

    /** The current first-comment attempt: its idempotency key where the network has one. */
    @Column(name = "first_comment_attempt_id")
    public UUID firstCommentAttemptId;

    /** When a PENDING_RETRY first comment is tried again. */
    @Column(name = "first_comment_due_at")
    public Instant firstCommentDueAt;

    @Column(name = "first_comment_claimed_at")
    public Instant firstCommentClaimedAt;

    /** The comment's id on the network once SENT. */
    @Column(name = "first_comment_external_id")
    public String firstCommentExternalId;

    @Column(nullable = false)
    public int lookups;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
