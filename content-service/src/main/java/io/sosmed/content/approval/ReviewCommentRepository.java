package io.sosmed.content.approval;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.sosmed.platform.paging.KeysetCursor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Review comments of posts. */
@ApplicationScoped
public class ReviewCommentRepository implements PanacheRepositoryBase<ReviewComment, UUID> {

    public Optional<ReviewComment> findOnPost(UUID postId, UUID id) {
        return find("postId = ?1 and id = ?2", postId, id).firstResultOptional();
    }

    /** Oldest first, as a conversation reads, strictly after the cursor. */
    public List<ReviewComment> page(UUID postId, KeysetCursor after, int limit) {
        String query = "postId = :post";
        Parameters params = Parameters.with("post", postId);
        if (after != null) {
            query += " and (createdAt > :afterTime or (createdAt = :afterTime and id > :afterId))";
            params.and("afterTime", after.createdAt()).and("afterId", after.id());
        }
        return find(query, Sort.ascending("createdAt", "id"), params).page(0, limit).list();
    }
}
