package io.sosmed.content.post;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A post as the API shows it. */
public record PostResponse(UUID id, String workspaceId, String title, PostStatus status, String authorId,
        UUID campaignId, String pillar, List<String> tags, String onBehalfOf, List<Variant> variants,
        Instant createdAt, Instant updatedAt, Instant deletedAt, long version, Instant plannedAt) {

    /** One channel's version of the post; {@code publication} is null until schedule-service schedules it. */
    public record Variant(String channelId, String text, List<UUID> mediaIds, String firstComment, String link,
            Map<String, Object> options, Publication publication) {
    }

    /** Where the variant is on its channel, as schedule-service reported it. */
    public record Publication(PublicationStatus status, Instant scheduledAt, String zone, String externalId, String url,
            Instant publishedAt, String errorCode, String errorReason, Boolean retryable, Integer attempts,
            Instant updatedAt) {

        static Publication of(VariantPublication state) {
            return state == null ? null : new Publication(state.status, state.scheduledAt, state.zone, state.externalId,
                    state.url, state.publishedAt, state.errorCode, state.errorReason, state.retryable, state.attempts,
                    state.updatedAt);
        }
    }

    static PostResponse of(Post post) {
        return new PostResponse(post.id, post.workspaceId, post.title, post.status, post.authorId, post.campaignId,
                post.pillar, List.copyOf(post.tags), post.onBehalfOf,
                post.variants.stream().map(v -> new Variant(v.channelId, v.text, List.copyOf(v.mediaIds), v.firstComment,
                        v.link, v.options, Publication.of(publication(post, v.channelId)))).toList(),
                post.createdAt, post.updatedAt, post.deletedAt, post.version, post.plannedAt);
    }

    private static VariantPublication publication(Post post, String channelId) {
        return post.publications.stream().filter(p -> p.channelId.equals(channelId)).findFirst().orElse(null);
    }

    /** The entity tag of this version, for {@code ETag} and {@code If-Match}. */
    String etag() {
        return PostVersion.etag(version);
    }
}
