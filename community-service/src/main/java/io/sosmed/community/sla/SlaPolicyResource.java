package io.sosmed.community.sla;

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

/** The workspace's SLA policy: targets per priority and channel, counted in business hours of its zone. */
@Path("/api/v1/workspaces/{workspaceId}/sla-policy")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "SLA")
public class SlaPolicyResource {

    static final SlaPolicy NONE = new SlaPolicy("UTC", null, List.of(), SlaPolicy.DEFAULT_AT_RISK_MINUTES);

    private final WorkspaceSettings settings;
    private final CurrentMember member;

    public SlaPolicyResource(WorkspaceSettings settings, CurrentMember member) {
        this.settings = settings;
        this.member = member;
    }

    @GET
    @AnyMember
    @Operation(summary = "The SLA policy (no targets when none was saved)")
    public SlaPolicy get(@PathParam("workspaceId") String workspaceId) {
        return settings.read(workspaceId, SettingKind.SLA_POLICY, SlaPolicy.class).orElse(NONE);
    }

    @PUT
    @AllowedRoles(WorkspaceRole.ADMIN)
    @Operation(summary = "Replaces the SLA policy; due times of conversations opened or re-prioritised from now on follow it")
    public SlaPolicy replace(@PathParam("workspaceId") String workspaceId, SlaPolicy policy) {
        List<Problem.FieldError> errors = policy == null ? List.of(new Problem.FieldError("", "body is required"))
                : policy.validate();
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "validation", "Request is not valid", "The SLA policy is not valid", errors);
        }
        settings.save(workspaceId, SettingKind.SLA_POLICY, policy, member.subject());
        return policy;
    }
}
