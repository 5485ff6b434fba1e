package io.sosmed.community.reply;

import java.time.Instant;
import java.util.UUID;

/** A reply as the API shows it: SENDING until schedule-service reports SENT (with its network id) or FAILED. */
public record ReplyResponse(UUID id, UUID conversationId, String text, UUID savedReplyId, String inReplyToExternalId,
        String status, String externalId, String url, String failureCode, String failureReason, String requestedBy,
        Instant requestedAt, Instant sentAt, Instant failedAt) {

    public static ReplyResponse of(Reply r) {
        return new ReplyResponse(r.id, r.conversationId, r.text, r.savedReplyId, r.inReplyToExternalId,
                r.status.name(), r.externalId, r.url, r.failureCode, r.failureReason, r.requestedBy, r.requestedAt,
                r.sentAt, r.failedAt);
    }
}
