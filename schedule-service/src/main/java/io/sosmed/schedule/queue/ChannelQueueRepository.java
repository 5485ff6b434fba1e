package io.sosmed.schedule.queue;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Queues by workspace and channel. */
@ApplicationScoped
public class ChannelQueueRepository implements PanacheRepositoryBase<ChannelQueue, ChannelQueue.Key> {

    public Optional<ChannelQueue> of(String workspaceId, String channelId) {
        return findByIdOptional(new ChannelQueue.Key(workspaceId, channelId));
    }
}
