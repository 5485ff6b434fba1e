package io.sosmed.content.revision;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sosmed.content.post.Post;
import io.sosmed.content.post.PostAction;
import io.sosmed.content.post.PostChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Stores a revision for every change of a post, in the transaction of the change. */
@ApplicationScoped
public class RevisionRecorder {

    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    private final PostRevisionRepository revisions;
    private final ObjectMapper mapper;

    public RevisionRecorder(PostRevisionRepository revisions, ObjectMapper mapper) {
        this.revisions = revisions;
        this.mapper = mapper;
    }

    void record(@Observes PostChanged change) {
        Post post = change.post();
        Map<String, Object> state = mapper.convertValue(RevisionState.of(post), JSON_OBJECT);
        Map<String, Object> before = change.action() == PostAction.CREATED ? Map.of()
                : revisions.latest(post.id).map(previous -> previous.state).orElse(Map.of());
        PostRevision revision = new PostRevision();
        revision.id = UUID.randomUUID();
        revision.workspaceId = post.workspaceId;
        revision.postId = post.id;
        revision.postVersion = post.version;
        revision.action = change.action();
        revision.actorId = change.actor();
        revision.createdAt = Instant.now();
        revision.state = state;
        revision.changes = RevisionDiff.between(before, state);
        revisions.persist(revision);
    }
}
