package io.sosmed.content.post;

import java.util.UUID;

/** List filters of {@code GET /posts}; null means "any". {@code deleted} lists the trash instead of live posts. */
public record PostFilter(PostStatus status, UUID campaignId, String pillar, String tag, String channelId, String authorId,
        String text, boolean deleted) {
}
