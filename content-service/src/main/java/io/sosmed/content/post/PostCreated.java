package io.sosmed.content.post;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Data of {@code sosmed.post.created.v1}. */
public record PostCreated(UUID postId, String title, PostStatus status, String authorId, Instant createdAt,
        List<Variant> variants) {

    /** The channel a variant targets. */
    public record Variant(String channelId) {
    }

    static PostCreated of(Post post) {
        return new PostCreated(post.id, post.title, post.status, post.authorId, post.createdAt,
                post.variants.stream().map(v -> new Variant(v.channelId)).toList());
    }
}
