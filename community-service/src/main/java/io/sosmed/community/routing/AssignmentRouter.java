package io.sosmed.community.routing;

import io.sosmed.community.listening.ListeningMatcher;
import io.sosmed.community.settings.SettingKind;
import io.sosmed.community.settings.WorkspaceSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Picks the assignee of a new conversation from the workspace's routing rules. */
@ApplicationScoped
public class AssignmentRouter {

    private final WorkspaceSettings settings;
    private final EntityManager em;

    public AssignmentRouter(WorkspaceSettings settings, EntityManager em) {
        this.settings = settings;
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> assigneeFor(String workspaceId, String channelId, String text) {
        RoutingRules rules = settings.read(workspaceId, SettingKind.ROUTING_RULES, RoutingRules.class)
                .orElse(RoutingRules.NONE);
        for (RoutingRules.KeywordRoute route : rules.keywordRoutesOrEmpty()) {
            boolean channelFits = route.channelId() == null || route.channelId().equals(channelId);
            if (channelFits && route.keywords().stream().anyMatch(keyword -> contains(text, keyword))) {
                return Optional.of(next(workspaceId, "keywords:" + String.join(",", route.keywords()), route.agents()));
            }
        }
        Optional<RoutingRules.AgentPool> pool = rules.roundRobinOrEmpty().stream()
                .filter(p -> Objects.equals(p.channelId(), channelId)).findFirst()
                .or(() -> rules.roundRobinOrEmpty().stream().filter(p -> p.channelId() == null).findFirst());
        return pool.map(p -> next(workspaceId, "channel:" + (p.channelId() == null ? "*" : p.channelId()), p.agents()));
    }

    private static boolean contains(String text, String keyword) {
        return ListeningMatcher.containsTerm(text, keyword.trim());
    }

    /** The pool's next agent in turn; the position survives restarts and is shared by replicas. */
    private String next(String workspaceId, String pool, List<String> agents) {
        long position = ((Number) em.createNativeQuery("""
                        insert into routing_position as p (workspace_id, pool, next_index) values (?1, ?2, 1)
                        on conflict (workspace_id, pool) do update set next_index = p.next_index + 1
                        returning p.next_index - 1""")
                .setParameter(1, workspaceId).setParameter(2, pool).getSingleResult()).longValue();
        return agents.get((int) (position % agents.size()));
    }
}
