package io.sosmed.content.hashtag;

import io.sosmed.content.library.LibraryItemRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Hashtag groups of a workspace; every lookup is scoped to the workspace. */
@ApplicationScoped
public class HashtagGroupRepository implements LibraryItemRepository<HashtagGroup> {
}
