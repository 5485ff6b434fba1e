package io.sosmed.community.crisis;

import io.sosmed.community.settings.SettingKind;
import io.sosmed.community.settings.WorkspaceSettings;
import io.sosmed.platform.problem.Problem;
import io.sosmed.platform.problem.ProblemException;
import io.sosmed.platform.security.AllowedRoles;
import io.sosmed.platform.security.AnyMember;
import io.sosmed.platform.security.CurrentMember;
import io.sosmed.platform.security.WorkspaceRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Crisis state and history, clearing a crisis, and the workspace's crisis policy. */
@Path("/api/v1/workspaces/{workspaceId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Crisis")
public class CrisisResource {

    /** Optional note when clearing. */
    public record ClearRequest(@Size(max = 2000) String note) {
    }

    private final CrisisService service;
    private final WorkspaceSettings settings;
    private final CurrentMember member;

    public CrisisResource(CrisisService service, WorkspaceSettings settings, CurrentMember member) {
        this.service = service;
        this.settings = settings;
        this.member = member;
    }

    @GET
    @Path("crisis")
    @AnyMember
    @Operation(summary = "The current crisis (null when calm) and the history, newest first")
    public CrisisResponse.State state(@PathParam("workspaceId") String workspaceId, @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("25") @Min(1) @Max(100) int limit) {
        return service.state(workspaceId, cursor, limit);
    }

    @POST
    @Path("crisis/{id}/clear")
    @AllowedRoles(WorkspaceRole.ADMIN)
    @Operation(summary = "Ends the crisis (emits crisis.cleared)")
    public CrisisResponse clear(@PathParam("workspaceId") String workspaceId, @PathParam("id") UUID id,
            @Valid ClearRequest request) {
        return service.clear(workspaceId, id, request == null ? null : request.note(), member.subject());
    }

    @GET
    @Path("crisis-policy")
    @AnyMember
    @Operation(summary = "When a burst of negative items is a crisis, and whether publishing pauses")
    public CrisisPolicy policy(@PathParam("workspaceId") String workspaceId) {
        return settings.read(workspaceId, SettingKind.CRISIS_POLICY, CrisisPolicy.class).orElse(CrisisPolicy.DEFAULT)
                .withDefaults();
    }

    @PUT
    @Path("crisis-policy")
    @AllowedRoles(WorkspaceRole.ADMIN)
    @Operation(summary = "Replaces the crisis policy (zScore, minimumCount, autoPause)")
    public CrisisPolicy replacePolicy(@PathParam("workspaceId") String workspaceId, CrisisPolicy policy) {
        List<Problem.FieldError> errors = policy == null ? List.of(new Problem.FieldError("", "body is required"))
                : policy.validate();
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "validation", "Request is not valid", "The crisis policy is not valid", errors);
        }
        CrisisPolicy saved = policy.withDefaults();
        settings.save(workspaceId, SettingKind.CRISIS_POLICY, saved, member.subject());
        return saved;
    }
}
