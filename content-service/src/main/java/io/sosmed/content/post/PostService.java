package io.sosmed.content.post;

import io.quarkus.logging.Log;
import io.sosmed.platform.event.EventType;
import io.sosmed.platform.outbox.Outbox;
import io.sosmed.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;

/** Creates and reads posts; every change records its event in the same transaction. */
@ApplicationScoped
public class PostService {

    private final PostRepository posts;
    private final Outbox outbox;

    public PostService(PostRepository posts, Outbox outbox) {
        this.posts = posts;
        this.outbox = outbox;
    }

    @Transactional
    public Post create(String workspaceId, String authorId, PostRequest request) {
        Instant now = Instant.now();
        Post post = new Post();
        post.id = UUID.randomUUID();
        post.workspaceId = workspaceId;
        post.title = request.title().strip();
        post.status = PostStatus.DRAFT;
        post.authorId = authorId;
        post.tags = request.tags() == null ? new ArrayList<>() : new ArrayList<>(request.tags());
        post.variants = new ArrayList<>(request.variants().stream()
                .map(v -> new PostVariant(v.channelId(), v.text())).toList());
        post.createdAt = now;
        post.updatedAt = now;
        posts.persist(post);
        outbox.record(EventType.POST_CREATED, workspaceId, post.id.toString(), post.id.toString(), PostCreated.of(post));
        Log.infof("Post %s created in workspace %s with %d variants", post.id, workspaceId, post.variants.size());
        return post;
    }

    @Transactional
    public Post get(String workspaceId, UUID id) {
        return posts.findInWorkspace(workspaceId, id).orElseThrow(() -> ProblemException.notFound("Post", id.toString()));
    }

}
