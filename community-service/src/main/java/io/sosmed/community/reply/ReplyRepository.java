package io.sosmed.community.reply;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Replies, looked up within a workspace. */
@ApplicationScoped
public class ReplyRepository implements PanacheRepositoryBase<Reply, UUID> {

    public List<Reply> findInConversation(UUID conversationId) {
        return list("conversationId = ?1 order by requestedAt, id", conversationId);
    }

    public Optional<Reply> findInWorkspace(String workspaceId, UUID id) {
        return find("workspaceId = ?1 and id = ?2", workspaceId, id).firstResultOptional();
    }
}
