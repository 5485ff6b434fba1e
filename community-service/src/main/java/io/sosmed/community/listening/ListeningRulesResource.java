package io.sosmed.community.listening;

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

/** Brand terms, keywords, hashtags and competitors the inbox listens for (matches tag the conversation). */
@Path("/api/v1/workspaces/{workspaceId}/listening-rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Listening")
public class ListeningRulesResource {

    private final WorkspaceSettings settings;
    private final CurrentMember member;

    public ListeningRulesResource(WorkspaceSettings settings, CurrentMember member) {
        this.settings = settings;
        this.member = member;
    }

    @GET
    @AnyMember
    @Operation(summary = "The workspace's listening rules (empty when none were saved)")
    public ListeningRules get(@PathParam("workspaceId") String workspaceId) {
        return settings.read(workspaceId, SettingKind.LISTENING_RULES, ListeningRules.class).orElse(ListeningRules.NONE);
    }

    @PUT
    @AllowedRoles(WorkspaceRole.ADMIN)
    @Operation(summary = "Replaces the listening rules; they apply to items received from now on")
    public ListeningRules replace(@PathParam("workspaceId") String workspaceId, ListeningRules rules) {
        List<Problem.FieldError> errors = rules == null ? List.of(new Problem.FieldError("", "body is required"))
                : rules.validate();
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "validation", "Request is not valid", "Some rules are not valid", errors);
        }
        ListeningRules saved = new ListeningRules(rules.rulesOrEmpty());
        settings.save(workspaceId, SettingKind.LISTENING_RULES, saved, member.subject());
        return saved;
    }
}
