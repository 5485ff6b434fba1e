package io.sosmed.content.approval;

import io.sosmed.content.post.Post;
import io.sosmed.content.post.PostService;
import io.sosmed.platform.paging.KeysetCursor;
import io.sosmed.platform.problem.Problem;
import io.sosmed.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Threaded review comments on posts. */
@ApplicationScoped
public class ReviewCommentService {

    private final PostService posts;
    private final ReviewCommentRepository comments;

    public ReviewCommentService(PostService posts, ReviewCommentRepository comments) {
        this.posts = posts;
        this.comments = comments;
    }

    @Transactional
    public ReviewComment add(String workspaceId, UUID postId, String authorId, String authorName, CommentRequest request) {
        Post post = posts.get(workspaceId, postId);
        if (request.parentId() != null && comments.findOnPost(post.id, request.parentId()).isEmpty()) {
            throw new ProblemException(400, "validation", "Request is not valid",
                    "parentId must be a comment on this post", List.of(new Problem.FieldError("parentId",
                            "no comment " + request.parentId() + " on this post")));
        }
        ReviewComment comment = new ReviewComment();
        comment.id = UUID.randomUUID();
        comment.workspaceId = workspaceId;
        comment.postId = post.id;
        comment.parentId = request.parentId();
        comment.authorId = authorId;
        comment.authorName = authorName;
        comment.body = request.body().strip();
        comment.createdAt = Instant.now();
        comments.persist(comment);
        return comment;
    }

    @Transactional
    public ReviewComment get(String workspaceId, UUID postId, UUID id) {
        Post post = posts.get(workspaceId, postId);
        return comments.findOnPost(post.id, id).orElseThrow(() -> ProblemException.notFound("Comment", id.toString()));
    }

    @Transactional
    public CommentPage list(String workspaceId, UUID postId, String cursor, int limit) {
        Post post = posts.get(workspaceId, postId);
        List<ReviewComment> found = comments.page(post.id, KeysetCursor.decodeOrNull(cursor), limit + 1);
        List<ReviewComment> page = found.subList(0, Math.min(limit, found.size()));
        String next = found.size() > limit
                ? new KeysetCursor(page.get(limit - 1).createdAt, page.get(limit - 1).id).encode() : null;
        return new CommentPage(page.stream().map(CommentResponse::of).toList(), next);
    }
}
