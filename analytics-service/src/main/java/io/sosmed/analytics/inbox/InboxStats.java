package io.sosmed.analytics.inbox;

import io.sosmed.analytics.Database;
import io.sosmed.analytics.Window;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;

/** Stores closed conversations and breaches, and reports response times and breach rates per group. */
@ApplicationScoped
public class InboxStats {

    private final Database db;

    public InboxStats(Database db) {
        this.db = db;
    }

    /** A conversation closed again after reopening keeps its latest close. */
    void closed(String workspaceId, ConversationClosed c) {
        db.update("insert into conversation_stat (conversation_id, workspace_id, channel_id, network, priority, "
                        + "assignee_id, opened_at, closed_at, first_response_seconds, resolution_seconds, sla_breached) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (conversation_id) do update set "
                        + "assignee_id = excluded.assignee_id, priority = excluded.priority, "
                        + "closed_at = excluded.closed_at, first_response_seconds = excluded.first_response_seconds, "
                        + "resolution_seconds = excluded.resolution_seconds, sla_breached = excluded.sla_breached "
                        + "where conversation_stat.closed_at < excluded.closed_at "
                        + "and conversation_stat.workspace_id = excluded.workspace_id",
                c.conversationId(), workspaceId, c.channelId(), c.network(), c.priority(), c.assigneeId(),
                c.openedAt(), c.closedAt(), c.firstResponseSeconds(), c.resolutionSeconds(), c.slaBreached());
    }

    void breached(String workspaceId, SlaBreached breach) {
        db.update("insert into sla_breach (conversation_id, target, workspace_id, breached_at) values (?, ?, ?, ?) "
                + "on conflict do nothing", breach.conversationId(), breach.target(), workspaceId, breach.breachedAt());
    }

    @Transactional
    public InboxReport report(String workspaceId, Window window, String groupBy) {
        String group = groupBy == null ? "agent" : groupBy.trim().toLowerCase(Locale.ROOT);
        String column = switch (group) {
            case "agent" -> "coalesce(s.assignee_id, '(unassigned)')";
            case "channel" -> "s.channel_id";
            case "priority" -> "s.priority";
            default -> throw Window.invalid("groupBy", "one of agent, channel, priority");
        };
        List<InboxReport.Group> groups = db.query("select " + column + " as key, count(*) as closed, "
                        + "avg(s.first_response_seconds) as avg_first, "
                        + "percentile_cont(0.5) within group (order by s.first_response_seconds) as median_first, "
                        + "avg(s.resolution_seconds) as avg_resolution, "
                        + "percentile_cont(0.5) within group (order by s.resolution_seconds) as median_resolution, "
                        + "count(*) filter (where s.sla_breached or exists (select 1 from sla_breach b "
                        + "where b.conversation_id = s.conversation_id)) as breached "
                        + "from conversation_stat s where s.workspace_id = ? and s.closed_at >= ? and s.closed_at < ? "
                        + "group by 1 order by 1",
                row -> {
                    long closed = row.longValue("closed");
                    long breached = row.longValue("breached");
                    return new InboxReport.Group(row.string("key"), closed, row.doubleOrNull("avg_first"),
                            row.doubleOrNull("median_first"), row.doubleOrNull("avg_resolution"),
                            row.doubleOrNull("median_resolution"), breached, (double) breached / closed);
                }, workspaceId, window.from(), window.to());
        return new InboxReport(window.from(), window.to(), group, groups);
    }
}
