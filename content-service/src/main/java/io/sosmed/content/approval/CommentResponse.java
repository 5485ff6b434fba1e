package io.sosmed.content.approval;

import java.time.Instant;
import java.util.UUID;

/** A review comment as the API shows it. */
public record CommentResponse(UUID id, UUID postId, UUID parentId, String authorId, String authorName, String body,
        Instant createdAt) {

    static CommentResponse of(ReviewComment comment) {
        return new CommentResponse(comment.id, comment.postId, comment.parentId, comment.authorId, comment.authorName,
                comment.body, comment.createdAt);
    }
}
