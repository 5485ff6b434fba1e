package io.sosmed.community.inbox;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Inbox items, always looked up within one workspace. */
@ApplicationScoped
public class InboxItemRepository implements PanacheRepositoryBase<InboxItem, UUID> {

    public Optional<InboxItem> findByExternalId(String workspaceId, Network network, String externalId) {
        return find("workspaceId = ?1 and network = ?2 and externalId = ?3", workspaceId, network, externalId)
                .firstResultOptional();
    }

    public List<InboxItem> findInConversation(UUID conversationId) {
        return list("conversationId = ?1 order by receivedAt, id", conversationId);
    }

    /** Items that changed the conversation after {@code version}: what a stale reply has not seen. */
    public List<InboxItem> findNewerThan(UUID conversationId, long version) {
        return list("conversationId = ?1 and conversationVersion > ?2 order by receivedAt, id", conversationId, version);
    }

    public Optional<InboxItem> findInWorkspace(String workspaceId, UUID id) {
        return find("workspaceId = ?1 and id = ?2", workspaceId, id).firstResultOptional();
    }
}
