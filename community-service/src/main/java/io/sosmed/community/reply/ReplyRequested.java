package io.sosmed.community.reply;

import java.time.Instant;
import java.util.UUID;

/** Data of {@code sosmed.inbox.reply.requested.v1}: schedule-service sends the reply to the network. */
public record ReplyRequested(UUID replyId, UUID conversationId, String channelId, String network,
        String inReplyToExternalId, String text, String requestedBy, Instant requestedAt) {
}
