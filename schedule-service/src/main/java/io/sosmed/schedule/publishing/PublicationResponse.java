package io.sosmed.schedule.publishing;

import io.sosmed.schedule.network.Network;
import io.sosmed.schedule.scheduling.PublicationStatus;
import io.sosmed.schedule.scheduling.ScheduledPublication;
import java.time.Instant;
import java.util.UUID;

/**
 * The outcome of one variant on one channel. {@code firstCommentStatus} is a {@link FirstCommentStatus} (PENDING_RETRY
 * until {@code firstCommentRetryAt}, SENDING, SENT with {@code firstCommentExternalId}, FAILED or UNCONFIRMED with
 * {@code firstCommentReason}); null when the variant has no first comment.
 */
public record PublicationResponse(UUID id, UUID scheduleId, UUID postId, String channelId, Network network, int occurrence,
        Instant scheduledAt, PublicationStatus status, int attempts, UUID attemptId, String externalId, String url,
        Instant publishedAt, String failureCode, String failureReason, String firstCommentStatus, String firstCommentReason,
        String firstCommentExternalId, int firstCommentAttempts, Instant firstCommentRetryAt, Instant updatedAt) {

    static PublicationResponse of(ScheduledPublication p) {
        return new PublicationResponse(p.id, p.scheduleId, p.postId, p.channelId, p.network, p.occurrence, p.scheduledAt,
                p.status, p.attempts, p.attemptId, p.externalId, p.url, p.publishedAt, p.failureCode, p.failureReason,
                p.firstCommentStatus, p.firstCommentReason, p.firstCommentExternalId, p.firstCommentAttempts,
                p.firstCommentDueAt, p.updatedAt);
    }
}
