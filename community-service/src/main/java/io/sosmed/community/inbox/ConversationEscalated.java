package io.sosmed.community.inbox;

import java.time.Instant;
import java.util.UUID;

/** Data of {@code sosmed.conversation.escalated.v1}: for support desks and CRMs. */
public record ConversationEscalated(UUID conversationId, String channelId, String network, String priority,
        String reason, String escalatedBy, Instant escalatedAt, ItemResponse.AuthorResponse author, String latestText) {
}
