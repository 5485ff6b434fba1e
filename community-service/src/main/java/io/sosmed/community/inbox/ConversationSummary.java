package io.sosmed.community.inbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A conversation as the inbox list shows it; {@code version} is what a reply's {@code expectedVersion} names. */
public record ConversationSummary(UUID id, String network, String channelId, String kind, String status,
        Instant snoozedUntil, String assigneeId, String priority, List<String> tags, String sentiment,
        String language, UUID postId, ItemResponse.AuthorResponse author, String latestText, int itemCount,
        Instant openedAt, Instant lastItemAt, Instant firstResponseAt, Instant closedAt, Instant escalatedAt,
        Instant firstResponseDueAt, Instant resolutionDueAt, long version) {

    public static ConversationSummary of(Conversation c) {
        return new ConversationSummary(c.id, c.network.name(), c.channelId, c.kind.name(), c.status.name(),
                c.snoozedUntil, c.assigneeId, c.priority.name(), List.copyOf(c.tags), c.sentiment, c.language,
                c.postId, new ItemResponse.AuthorResponse(c.authorHandle, c.authorName, null), c.latestText,
                c.itemCount, c.openedAt, c.lastItemAt, c.firstResponseAt, c.closedAt, c.escalatedAt,
                c.firstResponseDueAt, c.resolutionDueAt, c.version);
    }
}
