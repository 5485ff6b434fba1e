package io.sosmed.content.post;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A post as the API shows it. */
public record PostResponse(UUID id, String workspaceId, String title, PostStatus status, String authorId,
        List<String> tags, List<Variant> variants, Instant createdAt, Instant updatedAt, long version) {

    /** One channel's text. */
    public record Variant(String channelId, String text) {
    }

    static PostResponse of(Post post) {
        return new PostResponse(post.id, post.workspaceId, post.title, post.status, post.authorId, List.copyOf(post.tags),
                post.variants.stream().map(v -> new Variant(v.channelId, v.text)).toList(),
                post.createdAt, post.updatedAt, post.version);
    }
}
