package io.sosmed.content.approval;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.sosmed.platform.paging.KeysetCursor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** A post's approval history. */
@ApplicationScoped
public class ApprovalDecisionRepository implements PanacheRepositoryBase<ApprovalDecision, UUID> {

    /** Newest first, strictly after the cursor. */
    public List<ApprovalDecision> history(UUID postId, KeysetCursor after, int limit) {
        String query = "postId = :post";
        Parameters params = Parameters.with("post", postId);
        if (after != null) {
            query += " and (decidedAt < :afterTime or (decidedAt = :afterTime and id < :afterId))";
            params.and("afterTime", after.createdAt()).and("afterId", after.id());
        }
        return find(query, Sort.descending("decidedAt", "id"), params).page(0, limit).list();
    }
}
