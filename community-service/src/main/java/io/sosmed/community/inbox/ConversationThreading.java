package io.sosmed.community.inbox;

/**
 * Which conversation an item belongs to when its parent is not a known item: the network's conversation id,
 * a DM thread per author on the channel, or a reply chain named after its root. An item replying to an item
 * we already have joins that item's conversation instead (see {@link ItemIngestion}).
 */
final class ConversationThreading {

    private ConversationThreading() {
    }

    /**
     * @param parentIsOurPost the item answers one of our published posts directly: it starts its own thread
     */
    static String threadKey(NewInboxItem item, boolean parentIsOurPost) {
        if (item.conversationExternalId() != null && !item.conversationExternalId().isBlank()) {
            return "conversation:" + item.conversationExternalId();
        }
        if (item.parsedKind() == ItemKind.DM) {
            return "dm:" + item.author().handle();
        }
        if (item.parentExternalId() != null && !parentIsOurPost) {
            return "thread:" + item.parentExternalId();
        }
        return "thread:" + item.externalId();
    }
}
