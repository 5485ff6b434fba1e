package io.sosmed.schedule.network;

/**
 * The Kafka key of an item's {@code inbox.item.received}: one key per thread as far as the item tells it, so the
 * items of one conversation land on one partition, in order, and community-service's consumers of different
 * partitions do not wait for each other's conversations. The network's conversation id, else the parent's id (a
 * reply joins its parent's conversation; a top-level item is keyed by its own id, so a direct reply meets it), else
 * for DMs the author's thread on the channel, else the item's own id.
 */
public final class InboxItemKey {

    private InboxItemKey() {
    }

    public static String of(String channelId, InboxItem item) {
        if (item.conversationExternalId() != null && !item.conversationExternalId().isBlank()) {
            return item.conversationExternalId();
        }
        if (item.parentExternalId() != null) {
            return item.parentExternalId();
        }
        if (item.kind() == InboxItem.Kind.DM) {
            return "dm:" + channelId + ":" + item.author().handle();
        }
        return item.externalId();
    }
}
