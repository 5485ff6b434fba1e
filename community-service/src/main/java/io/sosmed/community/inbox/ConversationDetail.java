package io.sosmed.community.inbox;

import io.sosmed.community.reply.ReplyResponse;
import java.util.List;

/** A conversation with its items, our replies and internal notes, oldest first. */
public record ConversationDetail(ConversationSummary conversation, List<ItemResponse> items,
        List<ReplyResponse> replies, List<NoteResponse> notes) {
}
