package io.sosmed.content.post;

/** Where a post is in its lifecycle; per-channel publication outcomes live in schedule-service. */
public enum PostStatus {
    DRAFT,
    IN_REVIEW,
    CHANGES_REQUESTED,
    APPROVED,
    SCHEDULED,
    PUBLISHING,
    PUBLISHED
}
