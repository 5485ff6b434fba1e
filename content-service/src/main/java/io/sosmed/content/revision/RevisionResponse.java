package io.sosmed.content.revision;

import io.sosmed.content.post.PostAction;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One revision as the API shows it. */
public record RevisionResponse(UUID id, long postVersion, PostAction action, String actorId, Instant createdAt,
        @Schema(description = "Changed fields, each {\"before\": ..., \"after\": ...}; on CREATED every field's before is null")
        Map<String, Object> changes,
        @Schema(description = "The post's fields after this change") Map<String, Object> state) {

    static RevisionResponse of(PostRevision revision) {
        return new RevisionResponse(revision.id, revision.postVersion, revision.action, revision.actorId,
                revision.createdAt, revision.changes, revision.state);
    }
}
