package io.sosmed.content.approval;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Approval rounds of posts. */
@ApplicationScoped
public class ApprovalRoundRepository implements PanacheRepositoryBase<ApprovalRound, UUID> {

    /** The post's most recent round, whatever its status. */
    public Optional<ApprovalRound> latest(UUID postId) {
        return find("postId", Sort.descending("submittedAt", "id"), postId).firstResultOptional();
    }

    public Optional<ApprovalRound> open(UUID postId) {
        return find("postId = ?1 and status = ?2", postId, RoundStatus.OPEN).firstResultOptional();
    }
}
