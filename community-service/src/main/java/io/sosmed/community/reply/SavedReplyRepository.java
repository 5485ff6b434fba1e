package io.sosmed.community.reply;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.sosmed.platform.paging.KeysetCursor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Saved replies of a workspace. */
@ApplicationScoped
public class SavedReplyRepository implements PanacheRepositoryBase<SavedReply, UUID> {

    public Optional<SavedReply> findInWorkspace(String workspaceId, UUID id) {
        return find("workspaceId = ?1 and id = ?2", workspaceId, id).firstResultOptional();
    }

    public boolean nameTaken(String workspaceId, String name, UUID except) {
        return count("workspaceId = ?1 and name = ?2 and id <> ?3", workspaceId, name,
                except == null ? new UUID(0, 0) : except) > 0;
    }

    /** Newest first, after the cursor; one more than {@code limit} tells whether another page follows. */
    public List<SavedReply> page(String workspaceId, KeysetCursor cursor, int limit) {
        if (cursor == null) {
            return find("workspaceId = ?1 order by createdAt desc, id desc", workspaceId).page(0, limit + 1).list();
        }
        return find("workspaceId = ?1 and (createdAt < ?2 or (createdAt = ?2 and id < ?3)) order by createdAt desc, id desc",
                workspaceId, cursor.createdAt(), cursor.id()).page(0, limit + 1).list();
    }
}
