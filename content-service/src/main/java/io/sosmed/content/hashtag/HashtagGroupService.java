package io.sosmed.content.hashtag;

import io.sosmed.content.library.LibraryItemService;
import jakarta.enterprise.context.ApplicationScoped;

/** Stores a workspace's hashtag groups. */
@ApplicationScoped
public class HashtagGroupService extends LibraryItemService<HashtagGroup, HashtagGroupRequest> {

    public HashtagGroupService(HashtagGroupRepository groups) {
        super(groups, "Hashtag group");
    }

    @Override
    protected HashtagGroup newItem() {
        return new HashtagGroup();
    }

    @Override
    protected void fill(HashtagGroup group, HashtagGroupRequest request) {
        group.hashtags = request.normalizedHashtags();
    }
}
