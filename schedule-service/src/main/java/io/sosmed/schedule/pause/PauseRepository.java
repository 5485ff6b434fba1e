package io.sosmed.schedule.pause;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Pauses in force. */
@ApplicationScoped
public class PauseRepository implements PanacheRepositoryBase<PublishingPause, PublishingPause.Key> {

    public Optional<PublishingPause> of(String workspaceId, String channelId) {
        return findByIdOptional(new PublishingPause.Key(workspaceId, channelId));
    }

    public List<PublishingPause> inWorkspace(String workspaceId) {
        return list("workspaceId = ?1 order by channelId", workspaceId);
    }
}
