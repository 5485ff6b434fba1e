package io.sosmed.schedule.publishing;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.sosmed.platform.event.EventType;
import io.sosmed.platform.outbox.Outbox;
import io.sosmed.schedule.network.Network;
import io.sosmed.schedule.scheduling.ScheduledPublication;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/** Records the publishing outcome events on {@code post-lifecycle} (key = post id) in the caller's transaction. */
@ApplicationScoped
public class PublishingEvents {

    record PostPublished(UUID postId, String channelId, Network network, UUID attemptId, String externalId, String url,
            Instant scheduledAt, Instant publishedAt, @JsonInclude(JsonInclude.Include.NON_NULL) FirstComment firstComment) {
    }

    /** What came of the variant's first comment; absent when it had none. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FirstComment(String status, String code, String reason, Boolean retryable) {
    }

    record PostPublishFailed(UUID postId, String channelId, Network network, UUID attemptId, String code, String reason,
            boolean retryable, int attempts, Instant failedAt) {
    }

    record PostPublishUnconfirmed(UUID postId, String channelId, Network network, UUID attemptId, String reason, Instant since) {
    }

    private final Outbox outbox;

    public PublishingEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void published(ScheduledPublication p) {
        FirstComment firstComment = null;
        if (p.firstCommentStatus != null) {
            FirstCommentStatus status = FirstCommentStatus.valueOf(p.firstCommentStatus);
            firstComment = status == FirstCommentStatus.SENT ? new FirstComment(status.eventStatus(), null, null, null)
                    : new FirstComment(status.eventStatus(), p.firstCommentCode, p.firstCommentReason, status.retryable());
        }
        record(EventType.POST_PUBLISHED, p, new PostPublished(p.postId, p.channelId, p.network, p.attemptId, p.externalId,
                p.url, p.scheduledAt, p.publishedAt, firstComment));
    }

    void failed(ScheduledPublication p, boolean retryable, Instant at) {
        record(EventType.POST_PUBLISH_FAILED, p, new PostPublishFailed(p.postId, p.channelId, p.network, p.attemptId,
                p.failureCode, p.failureReason, retryable, Math.max(1, p.attempts), at));
    }

    void unconfirmed(ScheduledPublication p) {
        record(EventType.POST_PUBLISH_UNCONFIRMED, p, new PostPublishUnconfirmed(p.postId, p.channelId, p.network, p.attemptId,
                p.failureReason, p.claimedAt));
    }

    private void record(EventType type, ScheduledPublication p, Object data) {
        outbox.record(type, p.workspaceId, p.postId.toString(), p.postId.toString(), data);
    }
}
