package io.sosmed.community.inbox;

import java.util.List;

/** One page of the inbox; pass {@code nextCursor} as {@code cursor} for the next (null on the last page). */
public record ConversationPage(List<ConversationSummary> items, String nextCursor) {
}
