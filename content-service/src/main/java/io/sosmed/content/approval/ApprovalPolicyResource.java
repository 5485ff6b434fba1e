package io.sosmed.content.approval;

import io.sosmed.platform.problem.Problem;
import io.sosmed.platform.security.AllowedRoles;
import io.sosmed.platform.security.AnyMember;
import io.sosmed.platform.security.CurrentMember;
import io.sosmed.platform.security.WorkspaceRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The workspace's approval policy: admins set it, members read it. */
@Path("/api/v1/workspaces/{workspaceId}/approval-policy")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Approvals")
@SecurityRequirement(name = "SecurityScheme")
public class ApprovalPolicyResource {

    private static final String EXAMPLE = """
            {"mode":"MULTI_STEP","steps":[{"name":"Brand","role":"APPROVER"},{"name":"Legal","users":["user-alice"]}]}""";

    private final ApprovalPolicyService policies;
    private final CurrentMember member;

    public ApprovalPolicyResource(ApprovalPolicyService policies, CurrentMember member) {
        this.policies = policies;
        this.member = member;
    }

    @GET
    @AnyMember
    @Operation(summary = "The approval policy; a workspace that never set one needs one approval by an approver")
    public ApprovalPolicyResponse get(@PathParam("workspaceId") String workspaceId) {
        return policies.get(workspaceId);
    }

    @PUT
    @AllowedRoles(WorkspaceRole.ADMIN)
    @Operation(summary = "Set the approval policy: NONE, SINGLE (one step) or MULTI_STEP (ordered steps by role or named users)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "two steps", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Steps do not fit the mode",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ApprovalPolicyResponse put(@PathParam("workspaceId") String workspaceId,
            @Valid @NotNull ApprovalPolicyRequest body) {
        return policies.put(workspaceId, member.subject(), body);
    }
}
