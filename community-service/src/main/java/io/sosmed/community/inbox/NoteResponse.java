package io.sosmed.community.inbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An internal note as the API shows it. */
public record NoteResponse(UUID id, String text, List<String> mentions, String authorId, Instant createdAt) {

    static NoteResponse of(ConversationNote note) {
        return new NoteResponse(note.id, note.text, List.copyOf(note.mentions), note.authorId, note.createdAt);
    }
}
