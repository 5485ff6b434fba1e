package io.sosmed.schedule.channel;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.sosmed.platform.paging.KeysetCursor;
import io.sosmed.schedule.network.ChannelStatus;
import io.sosmed.schedule.network.Network;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Channels, always looked up within one workspace. */
@ApplicationScoped
public class ChannelRepository implements PanacheRepositoryBase<Channel, UUID> {

    public Optional<Channel> findInWorkspace(String workspaceId, UUID id) {
        return find("workspaceId = ?1 and id = ?2", workspaceId, id).firstResultOptional();
    }

    /** The connected (not disconnected) channel of this account, if the workspace has one. */
    public Optional<Channel> findConnectedAccount(String workspaceId, Network network, String accountId) {
        return find("workspaceId = ?1 and network = ?2 and accountId = ?3 and status <> ?4",
                workspaceId, network, accountId, ChannelStatus.DISCONNECTED).firstResultOptional();
    }

    /** Channels newest first, strictly after the cursor; {@code statuses} filters by status. */
    public List<Channel> page(String workspaceId, List<ChannelStatus> statuses, Network network, KeysetCursor after,
            int limit) {
        StringBuilder query = new StringBuilder("workspaceId = :ws and status in :statuses");
        Parameters params = Parameters.with("ws", workspaceId).and("statuses", statuses);
        if (network != null) {
            query.append(" and network = :network");
            params.and("network", network);
        }
        if (after != null) {
            query.append(" and (createdAt < :at or (createdAt = :at and id < :id))");
            params.and("at", after.createdAt()).and("id", after.id());
        }
        query.append(" order by createdAt desc, id desc");
        return find(query.toString(), params).page(0, limit).list();
    }

    public List<Channel> listNotDisconnected(String workspaceId) {
        return list("workspaceId = ?1 and status <> ?2 order by createdAt", workspaceId, ChannelStatus.DISCONNECTED);
    }

    /** Active channels of one network account in any workspace (webhooks name the account, not the workspace). */
    public List<Channel> listActiveByAccount(Network network, String accountId) {
        return list("network = ?1 and accountId = ?2 and status = ?3", network, accountId, ChannelStatus.ACTIVE);
    }

    /** Every channel that may be polled (active, any workspace). */
    public List<Channel> listActive() {
        return list("status = ?1 order by createdAt", ChannelStatus.ACTIVE);
    }
}
