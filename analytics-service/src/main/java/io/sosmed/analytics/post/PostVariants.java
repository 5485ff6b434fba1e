package io.sosmed.analytics.post;

import io.sosmed.analytics.Database;
import jakarta.enterprise.context.ApplicationScoped;

/** Variants per (post, channel): content features from content-service and publication facts from schedule-service. */
@ApplicationScoped
public class PostVariants {

    private final Database db;

    public PostVariants(Database db) {
        this.db = db;
    }

    void saveContent(String workspaceId, PostSnapshot post) {
        if (post.variants() == null) {
            return;
        }
        for (PostSnapshot.Variant variant : post.variants()) {
            db.update("insert into post_variant (post_id, channel_id, workspace_id, text, link, media_count, media_type) "
                            + "values (?, ?, ?, ?, ?, ?, ?) on conflict (post_id, channel_id) do update set "
                            + "text = excluded.text, link = excluded.link, media_count = excluded.media_count, "
                            + "media_type = excluded.media_type",
                    post.postId(), variant.channelId(), workspaceId, variant.text(), variant.link(),
                    variant.mediaCount(), variant.mediaType());
        }
    }

    /** Records the publication; a repeated event for the same variant keeps the earliest publication time. */
    void savePublication(String workspaceId, PostPublished published) {
        db.update("insert into post_variant (post_id, channel_id, workspace_id, network, external_id, published_at) "
                        + "values (?, ?, ?, ?, ?, ?) on conflict (post_id, channel_id) do update set "
                        + "network = excluded.network, external_id = excluded.external_id, "
                        + "published_at = least(coalesce(post_variant.published_at, excluded.published_at), excluded.published_at)",
                published.postId(), published.channelId(), workspaceId, published.network(), published.externalId(),
                published.publishedAt());
    }
}
