package io.sosmed.content.revision;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.sosmed.platform.paging.KeysetCursor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Revisions of posts. */
@ApplicationScoped
public class PostRevisionRepository implements PanacheRepositoryBase<PostRevision, UUID> {

    public Optional<PostRevision> latest(UUID postId) {
        return find("postId", Sort.descending("createdAt", "id"), postId).firstResultOptional();
    }

    /** Newest first, strictly after the cursor. */
    public List<PostRevision> page(UUID postId, KeysetCursor after, int limit) {
        String query = "postId = :post";
        Parameters params = Parameters.with("post", postId);
        if (after != null) {
            query += " and (createdAt < :afterTime or (createdAt = :afterTime and id < :afterId))";
            params.and("afterTime", after.createdAt()).and("afterId", after.id());
        }
        return find(query, Sort.descending("createdAt", "id"), params).page(0, limit).list();
    }
}
