package io.sosmed.community.reply;

import io.sosmed.community.inbox.ItemResponse;
import java.util.List;

/** A reply based on a stale view of the conversation: it changed since the agent loaded it. */
public class ConversationChanged extends RuntimeException {

    private final long currentVersion;
    private final List<ItemResponse> newItems;

    public ConversationChanged(long expectedVersion, long currentVersion, List<ItemResponse> newItems) {
        super("The conversation changed since version " + expectedVersion + " (now " + currentVersion
                + "); read the new items and send again with expectedVersion " + currentVersion);
        this.currentVersion = currentVersion;
        this.newItems = List.copyOf(newItems);
    }

    public long currentVersion() {
        return currentVersion;
    }

    public List<ItemResponse> newItems() {
        return newItems;
    }
}
