package io.sosmed.content.approval;

import java.util.List;

/** A page of a post's comments, oldest first; replies carry {@code parentId}. */
public record CommentPage(List<CommentResponse> items, String nextCursor) {
}
