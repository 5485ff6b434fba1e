package io.sosmed.schedule.post;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A post as schedule-service knows it. */
public record SchedulablePostResponse(UUID postId, String workspaceId, String title, String status,
        List<String> channelIds, long version, boolean approvalRequired, boolean schedulable, Instant createdAt,
        Instant receivedAt) {

    static SchedulablePostResponse of(SchedulablePost post) {
        return new SchedulablePostResponse(post.postId, post.workspaceId, post.title, post.status,
                List.copyOf(post.channelIds), post.version, post.approvalRequired, post.isSchedulable(), post.createdAt, post.receivedAt);
    }
}
