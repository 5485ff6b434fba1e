package io.sosmed.community.routing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.sosmed.platform.problem.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * How new conversations get an assignee: the first keyword route whose keyword the first item contains wins;
 * otherwise the round-robin pool of the item's channel, else the pool without a channel (any channel).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RoutingRules(List<KeywordRoute> keywordRoutes, List<AgentPool> roundRobin) {

    public static final RoutingRules NONE = new RoutingRules(List.of(), List.of());
    static final int MAX_ENTRIES = 200;

    /** Items containing one of {@code keywords} (on {@code channelId}, or any channel when null) go to these agents in turn. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record KeywordRoute(List<String> keywords, String channelId, List<String> agents) {
    }

    /** Agents (token subjects, e.g. {@code user-gabe}) that take a channel's conversations in turn; null channel: any. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AgentPool(String channelId, List<String> agents) {
    }

    public List<KeywordRoute> keywordRoutesOrEmpty() {
        return keywordRoutes == null ? List.of() : keywordRoutes;
    }

    public List<AgentPool> roundRobinOrEmpty() {
        return roundRobin == null ? List.of() : roundRobin;
    }

    public List<Problem.FieldError> validate() {
        List<Problem.FieldError> errors = new ArrayList<>();
        List<KeywordRoute> routes = keywordRoutesOrEmpty();
        List<AgentPool> pools = roundRobinOrEmpty();
        if (routes.size() > MAX_ENTRIES) {
            errors.add(new Problem.FieldError("keywordRoutes", "at most " + MAX_ENTRIES + " routes"));
        }
        if (pools.size() > MAX_ENTRIES) {
            errors.add(new Problem.FieldError("roundRobin", "at most " + MAX_ENTRIES + " pools"));
        }
        for (int i = 0; i < routes.size(); i++) {
            KeywordRoute route = routes.get(i);
            String at = "keywordRoutes[" + i + "]";
            if (route == null) {
                errors.add(new Problem.FieldError(at, "must not be null"));
                continue;
            }
            if (route.keywords() == null || route.keywords().isEmpty()
                    || route.keywords().stream().anyMatch(k -> k == null || k.isBlank())) {
                errors.add(new Problem.FieldError(at + ".keywords", "at least one keyword, none blank"));
            }
            requireAgents(errors, at, route.agents());
        }
        List<String> seenChannels = new ArrayList<>();
        for (int i = 0; i < pools.size(); i++) {
            AgentPool pool = pools.get(i);
            String at = "roundRobin[" + i + "]";
            if (pool == null) {
                errors.add(new Problem.FieldError(at, "must not be null"));
                continue;
            }
            if (seenChannels.contains(String.valueOf(pool.channelId()))) {
                errors.add(new Problem.FieldError(at + ".channelId", "another pool already covers this channel"));
            }
            seenChannels.add(String.valueOf(pool.channelId()));
            requireAgents(errors, at, pool.agents());
        }
        return errors;
    }

    private static void requireAgents(List<Problem.FieldError> errors, String at, List<String> agents) {
        if (agents == null || agents.isEmpty() || agents.stream().anyMatch(a -> a == null || a.isBlank())) {
            errors.add(new Problem.FieldError(at + ".agents", "at least one agent id, none blank"));
        }
    }
}
