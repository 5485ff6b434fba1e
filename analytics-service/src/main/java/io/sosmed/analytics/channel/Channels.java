package io.sosmed.analytics.channel;

import io.sosmed.analytics.Database;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** The channel projection: the newest announcement per channel wins, whatever order events arrive in. */
@ApplicationScoped
public class Channels {

    private final Database db;

    public Channels(Database db) {
        this.db = db;
    }

    void apply(String workspaceId, ChannelChanged channel, String status) {
        db.update("insert into analytics_channel (channel_id, workspace_id, network, handle, display_name, zone, status, "
                        + "changed_at) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (channel_id) do update set "
                        + "network = excluded.network, handle = excluded.handle, display_name = excluded.display_name, "
                        + "zone = excluded.zone, status = excluded.status, changed_at = excluded.changed_at "
                        + "where analytics_channel.changed_at <= excluded.changed_at "
                        + "and analytics_channel.workspace_id = excluded.workspace_id",
                channel.channelId(), workspaceId, channel.network(), channel.handle(), channel.displayName(),
                channel.zone(), status, channel.at());
    }

    void markDisconnected(String workspaceId, String channelId, java.time.Instant at) {
        db.update("update analytics_channel set status = ?, changed_at = ? where workspace_id = ? and channel_id = ? "
                + "and changed_at <= ?", ChannelEventsConsumer.DISCONNECTED, at, workspaceId, channelId, at);
    }

    public Optional<KnownChannel> find(String workspaceId, String channelId) {
        return db.query("select * from analytics_channel where workspace_id = ? and channel_id = ?", Channels::map,
                workspaceId, channelId).stream().findFirst();
    }

    public List<KnownChannel> inWorkspace(String workspaceId) {
        return db.query("select * from analytics_channel where workspace_id = ? order by channel_id", Channels::map,
                workspaceId);
    }

    private static KnownChannel map(Database.Row row) throws java.sql.SQLException {
        return new KnownChannel(row.string("channel_id"), row.string("workspace_id"), row.string("network"),
                row.string("handle"), row.string("display_name"), row.string("zone"), row.string("status"));
    }
}
