package io.sosmed.community.inbox;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Conversations, always looked up within one workspace. */
@ApplicationScoped
public class ConversationRepository implements PanacheRepositoryBase<Conversation, UUID> {

    public Optional<Conversation> findInWorkspace(String workspaceId, UUID id) {
        return find("workspaceId = ?1 and id = ?2", workspaceId, id).firstResultOptional();
    }

    /** The conversation locked for a change, so concurrent agents and consumers apply one after the other. */
    public Optional<Conversation> lockInWorkspace(String workspaceId, UUID id) {
        return find("workspaceId = ?1 and id = ?2", workspaceId, id)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public Optional<Conversation> lockByThread(String workspaceId, Network network, String channelId, String threadKey) {
        return find("workspaceId = ?1 and network = ?2 and channelId = ?3 and threadKey = ?4",
                workspaceId, network, channelId, threadKey)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public List<Conversation> findSnoozedUntil(Instant now, int limit) {
        return find("status = ?1 and snoozedUntil <= ?2", ConversationStatus.SNOOZED, now)
                .withLock(LockModeType.PESSIMISTIC_WRITE).page(0, limit).list();
    }
}
