package io.sosmed.community.inbox;

import java.time.Instant;
import java.util.UUID;

/** An inbox item as the API shows it. */
public record ItemResponse(UUID id, UUID conversationId, String network, String channelId, String externalId,
        String kind, AuthorResponse author, String text, Instant receivedAt, String parentExternalId,
        UUID postId, String language, String sentiment, Double sentimentScore) {

    /** Who wrote an item or started a conversation. */
    public record AuthorResponse(String handle, String name, String externalId) {
    }

    public static ItemResponse of(InboxItem item) {
        return new ItemResponse(item.id, item.conversationId, item.network.name(), item.channelId, item.externalId,
                item.kind.name(), new AuthorResponse(item.authorHandle, item.authorName, item.authorExternalId),
                item.text, item.receivedAt, item.parentExternalId, item.postId, item.language, item.sentiment,
                item.sentimentScore);
    }
}
