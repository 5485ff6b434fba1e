package io.sosmed.content.post;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A post as the API shows it. */
public record PostResponse(UUID id, String workspaceId, String title, PostStatus status, String authorId,
        UUID campaignId, String pillar, List<String> tags, String onBehalfOf, List<Variant> variants,
        Instant createdAt, Instant updatedAt, Instant deletedAt, long version) {

    /** One channel's version of the post. */
    public record Variant(String channelId, String text, List<UUID> mediaIds, String firstComment, String link,
            Map<String, Object> options) {
    }

    static PostResponse of(Post post) {
        return new PostResponse(post.id, post.workspaceId, post.title, post.status, post.authorId, post.campaignId,
                post.pillar, List.copyOf(post.tags), post.onBehalfOf,
                post.variants.stream().map(v -> new Variant(v.channelId, v.text, List.copyOf(v.mediaIds), v.firstComment,
                        v.link, v.options)).toList(),
                post.createdAt, post.updatedAt, post.deletedAt, post.version);
    }

    /** The entity tag of this version, for {@code ETag} and {@code If-Match}. */
    String etag() {
        return PostVersion.etag(version);
    }
}
