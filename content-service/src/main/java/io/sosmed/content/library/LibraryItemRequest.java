package io.sosmed.content.library;

/** A request that creates or replaces a library item: it always names the item. */
public interface LibraryItemRequest {

    String name();
}
