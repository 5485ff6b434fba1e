package io.sosmed.community.inbox;

/** The outcome of ingesting an item: the stored item, and whether this call stored it (false: a duplicate). */
public record Ingested(InboxItem item, Conversation conversation, boolean created) {
}
