package io.sosmed.schedule.besttime;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Best times by workspace and channel. */
@ApplicationScoped
public class ChannelBestTimesRepository implements PanacheRepositoryBase<ChannelBestTimes, ChannelBestTimes.Key> {

    public Optional<ChannelBestTimes> of(String workspaceId, String channelId) {
        return findByIdOptional(new ChannelBestTimes.Key(workspaceId, channelId));
    }
}
