package io.sosmed.community.inbox;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Internal notes of conversations. */
@ApplicationScoped
public class ConversationNoteRepository implements PanacheRepositoryBase<ConversationNote, UUID> {

    public List<ConversationNote> findInConversation(UUID conversationId) {
        return list("conversationId = ?1 order by createdAt, id", conversationId);
    }
}
