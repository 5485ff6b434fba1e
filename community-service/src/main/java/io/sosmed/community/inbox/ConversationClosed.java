package io.sosmed.community.inbox;

import java.time.Instant;
import java.util.UUID;

/** Data of {@code sosmed.conversation.closed.v1}: response times for analytics. */
public record ConversationClosed(UUID conversationId, String channelId, String network, String priority,
        String assigneeId, Instant openedAt, Instant firstResponseAt, Instant closedAt, Long firstResponseSeconds,
        long resolutionSeconds, boolean slaBreached) {
}
