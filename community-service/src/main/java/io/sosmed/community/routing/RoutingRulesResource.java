package io.sosmed.community.routing;

import io.sosmed.community.settings.SettingKind;
import io.sosmed.community.settings.WorkspaceSettings;
import io.sosmed.platform.problem.Problem;
import io.sosmed.platform.problem.ProblemException;
import io.sosmed.platform.security.AllowedRoles;
import io.sosmed.platform.security.AnyMember;
import io.sosmed.platform.security.CurrentMember;
import io.sosmed.platform.security.WorkspaceRole;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** How new conversations are assigned: keyword routes and round-robin pools of agents per channel. */
@Path("/api/v1/workspaces/{workspaceId}/routing-rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Routing")
public class RoutingRulesResource {

    private final WorkspaceSettings settings;
    private final CurrentMember member;

    public RoutingRulesResource(WorkspaceSettings settings, CurrentMember member) {
        this.settings = settings;
        this.member = member;
    }

    @GET
    @AnyMember
    @Operation(summary = "The workspace's routing rules (empty when none were saved)")
    public RoutingRules get(@PathParam("workspaceId") String workspaceId) {
        return settings.read(workspaceId, SettingKind.ROUTING_RULES, RoutingRules.class).orElse(RoutingRules.NONE);
    }

    @PUT
    @AllowedRoles(WorkspaceRole.ADMIN)
    @Operation(summary = "Replaces the routing rules; they apply to conversations opened from now on")
    public RoutingRules replace(@PathParam("workspaceId") String workspaceId, RoutingRules rules) {
        List<Problem.FieldError> errors = rules == null ? List.of(new Problem.FieldError("", "body is required"))
                : rules.validate();
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "validation", "Request is not valid", "Some rules are not valid", errors);
        }
        RoutingRules saved = new RoutingRules(rules.keywordRoutesOrEmpty(), rules.roundRobinOrEmpty());
        settings.save(workspaceId, SettingKind.ROUTING_RULES, saved, member.subject());
        return saved;
    }
}
