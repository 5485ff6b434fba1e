package io.sosmed.community.reply;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.UUID;

/** The fields of {@code sosmed.inbox.reply.sent.v1} this service reads. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReplySent(UUID replyId, UUID conversationId, String externalId, String url, Instant sentAt) {
}
