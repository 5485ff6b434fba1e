package io.sosmed.community.reply;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A saved reply as the API shows it. */
public record SavedReplyResponse(UUID id, String name, String text, String createdBy, Instant createdAt,
        Instant updatedAt) {

    static SavedReplyResponse of(SavedReply s) {
        return new SavedReplyResponse(s.id, s.name, s.text, s.createdBy, s.createdAt, s.updatedAt);
    }

    /** A page of saved replies. */
    public record Page(List<SavedReplyResponse> items, String nextCursor) {
    }
}
