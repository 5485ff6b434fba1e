package io.sosmed.schedule.network;

import java.util.List;

/**
 * Items newer than the cursor a poll started from, oldest first.
 *
 * @param cursor where the next poll starts; the same cursor when nothing new arrived
 */
public record InboxPage(List<InboxItem> items, String cursor) {

    public InboxPage {
        items = List.copyOf(items);
    }
}
