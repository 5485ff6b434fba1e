package io.sosmed.content.guardrail;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.sosmed.platform.paging.KeysetCursor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Guardrails of a workspace; every lookup is scoped to the workspace. */
@ApplicationScoped
public class GuardrailRepository implements PanacheRepositoryBase<GuardrailRule, UUID> {

    public Optional<GuardrailRule> findInWorkspace(String workspaceId, UUID id) {
        return find("workspaceId = ?1 and id = ?2", workspaceId, id).firstResultOptional();
    }

    /** Newest first, strictly after the cursor. */
    public List<GuardrailRule> page(String workspaceId, GuardrailKind kind, KeysetCursor after, int limit) {
        StringBuilder query = new StringBuilder("workspaceId = :workspace");
        io.quarkus.panache.common.Parameters params = io.quarkus.panache.common.Parameters.with("workspace", workspaceId);
        if (kind != null) {
            query.append(" and kind = :kind");
            params.and("kind", kind);
        }
        if (after != null) {
            query.append(" and (createdAt < :afterTime or (createdAt = :afterTime and id < :afterId))");
            params.and("afterTime", after.createdAt()).and("afterId", after.id());
        }
        return find(query.toString(), Sort.descending("createdAt", "id"), params).page(0, limit).list();
    }

    /** Every guardrail of the workspace, oldest first, as validation applies them. */
    public List<GuardrailRule> allOf(String workspaceId) {
        return list("workspaceId", Sort.ascending("createdAt", "id"), workspaceId);
    }
}
