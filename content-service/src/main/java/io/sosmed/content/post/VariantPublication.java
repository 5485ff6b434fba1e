package io.sosmed.content.post;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** The publication state of one post variant on its channel, kept from schedule-service's post-lifecycle events. */
@Entity
@Table(name = "variant_publication")
@IdClass(VariantPublication.Key.class)
public class VariantPublication {

    /** Identity: a post has at most one variant per channel. */
    public record Key(UUID postId, String channelId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "post_id")
    public UUID postId;

    @Id
    @Column(name = "channel_id")
    public String channelId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PublicationStatus status;

    @Column(name = "schedule_id")
    public UUID scheduleId;

    @Column(name = "scheduled_at")
    public Instant scheduledAt;

    /** IANA zone the user scheduled in. */
    public String zone;

    @Column(name = "attempt_id")
    public UUID attemptId;

    /** The network's id of the published post. */
    @Column(name = "external_id")
    public String externalId;

    public String url;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "error_code")
    public String errorCode;

    /** Actionable message of the failure, or why the outcome is unconfirmed. */
    @Column(name = "error_reason")
    public String errorReason;

    public Boolean retryable;

    public Integer attempts;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Forgets the outcome of an earlier attempt, e.g. when the variant is scheduled again. */
    public void clearOutcome() {
        attemptId = null;
        externalId = null;
        url = null;
        publishedAt = null;
        errorCode = null;
        errorReason = null;
        retryable = null;
        attempts = null;
    }
}
