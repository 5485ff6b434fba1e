package io.sosmed.content.channel;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The channel projection; lookups are scoped to a workspace so a variant never borrows another tenant's channel. */
@ApplicationScoped
public class ChannelRepository implements PanacheRepositoryBase<Channel, String> {

    public Optional<Channel> findInWorkspace(String workspaceId, String channelId) {
        return find("workspaceId = ?1 and id = ?2", workspaceId, channelId).firstResultOptional();
    }

    /** The workspace's channels among {@code channelIds}, by id; unknown ids are absent. */
    public Map<String, Channel> findAllInWorkspace(String workspaceId, Collection<String> channelIds) {
        if (channelIds.isEmpty()) {
            return Map.of();
        }
        List<Channel> found = list("workspaceId = ?1 and id in ?2", workspaceId, channelIds);
        return found.stream().collect(Collectors.toMap(channel -> channel.id, Function.identity()));
    }
}
