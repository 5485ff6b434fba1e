package io.sosmed.schedule.network;

import java.time.Instant;

/**
 * A comment, mention, DM or review as fetched from a network; maps one to one onto
 * {@code sosmed.inbox.item.received.v1}.
 *
 * @param postExternalId the external id of our published post this item comments on, when it does
 */
public record InboxItem(
        String externalId,
        Kind kind,
        Author author,
        String text,
        Instant receivedAt,
        String parentExternalId,
        String conversationExternalId,
        String postExternalId) {

    public enum Kind {
        COMMENT, MENTION, DM, REVIEW
    }

    public record Author(String handle, String name, String externalId) {
    }
}
