package io.sosmed.analytics.inbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.UUID;

/** The fields of {@code sosmed.conversation.closed.v1} this service reads. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConversationClosed(UUID conversationId, String channelId, String network, String priority,
        String assigneeId, Instant openedAt, Instant closedAt, Long firstResponseSeconds, long resolutionSeconds,
        boolean slaBreached) {
}
