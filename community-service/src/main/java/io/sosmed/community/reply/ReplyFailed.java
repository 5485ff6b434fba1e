package io.sosmed.community.reply;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.UUID;

/** The fields of {@code sosmed.inbox.reply.failed.v1} this service reads. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReplyFailed(UUID replyId, UUID conversationId, String code, String reason, boolean retryable,
        Instant failedAt) {
}
