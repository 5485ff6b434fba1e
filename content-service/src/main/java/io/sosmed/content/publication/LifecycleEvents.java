package io.sosmed.content.publication;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The fields content-service reads from schedule-service's post-lifecycle events; others are ignored. */
final class LifecycleEvents {

    private LifecycleEvents() {
    }

    /** Every tracked event names the post it is about. */
    interface AboutPost {
        UUID postId();
    }

    /** {@code sosmed.post.scheduled.v1} and {@code sosmed.post.rescheduled.v1}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Scheduled(UUID postId, UUID scheduleId, Instant scheduledAt, String zone, List<String> channelIds)
            implements AboutPost {
    }

    /** {@code sosmed.post.unscheduled.v1}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Unscheduled(UUID postId, UUID scheduleId, String reason, List<String> channelIds) implements AboutPost {
    }

    /** {@code sosmed.post.published.v1}: one variant went live. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Published(UUID postId, String channelId, UUID attemptId, String externalId, String url, Instant scheduledAt,
            Instant publishedAt) implements AboutPost {
    }

    /** {@code sosmed.post.publish-failed.v1}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record PublishFailed(UUID postId, String channelId, UUID attemptId, String code, String reason, boolean retryable,
            int attempts, Instant failedAt) implements AboutPost {
    }

    /** {@code sosmed.post.publish-unconfirmed.v1}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record PublishUnconfirmed(UUID postId, String channelId, UUID attemptId, String reason, Instant since)
            implements AboutPost {
    }
}
