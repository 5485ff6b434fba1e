package io.sosmed.community.sla;

import java.time.Instant;
import java.util.UUID;

/** Data of {@code sosmed.conversation.sla-breached.v1}. */
public record SlaBreached(UUID conversationId, String channelId, String network, String priority, String target,
        Instant dueAt, Instant breachedAt, String assigneeId) {
}
