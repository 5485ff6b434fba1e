package io.sosmed.content.revision;

import io.sosmed.content.post.PostRepository;
import io.sosmed.platform.paging.KeysetCursor;
import io.sosmed.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** Reads a post's revisions; posts in the trash keep theirs readable. */
@ApplicationScoped
public class RevisionService {

    private final PostRepository posts;
    private final PostRevisionRepository revisions;

    public RevisionService(PostRepository posts, PostRevisionRepository revisions) {
        this.posts = posts;
        this.revisions = revisions;
    }

    @Transactional
    public RevisionPage list(String workspaceId, UUID postId, String cursor, int limit) {
        posts.findInWorkspace(workspaceId, postId).orElseThrow(() -> ProblemException.notFound("Post", postId.toString()));
        List<PostRevision> found = revisions.page(postId, KeysetCursor.decodeOrNull(cursor), limit + 1);
        List<PostRevision> page = found.subList(0, Math.min(limit, found.size()));
        String next = found.size() > limit
                ? new KeysetCursor(page.get(limit - 1).createdAt, page.get(limit - 1).id).encode() : null;
        return new RevisionPage(page.stream().map(RevisionResponse::of).toList(), next);
    }
}
