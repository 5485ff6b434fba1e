package io.sosmed.content.revision;

import io.sosmed.content.post.Post;
import io.sosmed.content.post.PostSnapshot;
import io.sosmed.content.post.PostStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The fields of a post a revision keeps: everything a person can change, its status and whether it is deleted. */
record RevisionState(String title, PostStatus status, UUID campaignId, String pillar, List<String> tags,
        String onBehalfOf, List<PostSnapshot.Variant> variants, Instant deletedAt) {

    static RevisionState of(Post post) {
        return new RevisionState(post.title, post.status, post.campaignId, post.pillar, List.copyOf(post.tags),
                post.onBehalfOf, PostSnapshot.variantsOf(post), post.deletedAt);
    }
}
