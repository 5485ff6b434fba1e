package io.sosmed.content.post;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Data of {@code sosmed.post.created.v1} and {@code sosmed.post.updated.v1}: the whole post as schedule-service
 * needs it to publish (variants with channel, text, media ids, first comment, link, options).
 */
public record PostSnapshot(UUID postId, String title, PostStatus status, PostStatus previousStatus, String authorId,
        String changedBy, UUID campaignId, String pillar, List<String> tags, String onBehalfOf, Instant createdAt,
        Instant updatedAt, long version, List<Variant> variants, boolean approvalRequired, Instant plannedAt) {

    /** One channel's version of the post. */
    public record Variant(String channelId, String text, List<UUID> mediaIds, String firstComment, String link,
            Map<String, Object> options) {
    }

    static PostSnapshot created(Post post, boolean approvalRequired) {
        return of(post, null, null, approvalRequired);
    }

    static PostSnapshot updated(Post post, PostStatus previousStatus, String changedBy, boolean approvalRequired) {
        return of(post, previousStatus, changedBy, approvalRequired);
    }

    /** The variants as events carry them. */
    public static List<Variant> variantsOf(Post post) {
        return post.variants.stream().map(v -> new Variant(v.channelId, v.text, List.copyOf(v.mediaIds), v.firstComment,
                v.link, v.options)).toList();
    }

    private static PostSnapshot of(Post post, PostStatus previousStatus, String changedBy, boolean approvalRequired) {
        return new PostSnapshot(post.id, post.title, post.status, previousStatus, post.authorId, changedBy, post.campaignId,
                post.pillar, List.copyOf(post.tags), post.onBehalfOf, post.createdAt, post.updatedAt, post.version,
                variantsOf(post), approvalRequired, post.plannedAt);
    }
}
