package io.sosmed.schedule.pause;

import io.sosmed.platform.problem.Problem;
import io.sosmed.platform.problem.ProblemException;
import io.sosmed.platform.security.AllowedRoles;
import io.sosmed.platform.security.AnyMember;
import io.sosmed.platform.security.CurrentMember;
import io.sosmed.platform.security.WorkspaceRole;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Emergency pause of a workspace's or a channel's publishing; admins and publishers only. */
@Path("/api/v1/workspaces/{workspaceId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Emergency pause")
public class PauseResource {

    private final PauseService pauses;
    private final CurrentMember member;

    public PauseResource(PauseService pauses, CurrentMember member) {
        this.pauses = pauses;
        this.member = member;
    }

    @GET
    @Path("pause")
    @AnyMember
    @Operation(summary = "Pauses in force (workspace and channels)")
    public PauseResponse state(@PathParam("workspaceId") String workspaceId) {
        return pauses.state(workspaceId);
    }

    @POST
    @Path("pause")
    @AllowedRoles(WorkspaceRole.PUBLISHER)
    @Operation(summary = "Stop all publishing in the workspace; scheduled work stays queued")
    public PauseResponse pauseWorkspace(@PathParam("workspaceId") String workspaceId, PauseRequest request) {
        return pauses.pause(workspaceId, null, reason(request), PublishingPause.Trigger.MANUAL, member.subject());
    }

    @POST
    @Path("resume")
    @AllowedRoles(WorkspaceRole.PUBLISHER)
    @Operation(summary = "Resume the workspace; missed publications are published now, skipped, or shifted")
    public ResumeResult resumeWorkspace(@PathParam("workspaceId") String workspaceId, ResumeRequest request) {
        return pauses.resume(workspaceId, null, request, member.subject());
    }

    @POST
    @Path("channels/{channelId}/pause")
    @AllowedRoles(WorkspaceRole.PUBLISHER)
    @Operation(summary = "Stop publishing on one channel")
    public PauseResponse pauseChannel(@PathParam("workspaceId") String workspaceId, @PathParam("channelId") String channelId,
            PauseRequest request) {
        return pauses.pause(workspaceId, channelId, reason(request), PublishingPause.Trigger.MANUAL, member.subject());
    }

    @POST
    @Path("channels/{channelId}/resume")
    @AllowedRoles(WorkspaceRole.PUBLISHER)
    @Operation(summary = "Resume one channel")
    public ResumeResult resumeChannel(@PathParam("workspaceId") String workspaceId, @PathParam("channelId") String channelId,
            ResumeRequest request) {
        return pauses.resume(workspaceId, channelId, request, member.subject());
    }

    @GET
    @Path("crisis-policy")
    @AnyMember
    @Operation(summary = "Whether a detected crisis pauses publishing automatically")
    public CrisisPolicyRequest.Response crisisPolicy(@PathParam("workspaceId") String workspaceId) {
        return pauses.crisisPolicy(workspaceId);
    }

    @PUT
    @Path("crisis-policy")
    @AllowedRoles(WorkspaceRole.PUBLISHER)
    @Operation(summary = "Set whether a detected crisis (sosmed.crisis.detected.v1) pauses the workspace's publishing")
    public CrisisPolicyRequest.Response setCrisisPolicy(@PathParam("workspaceId") String workspaceId, CrisisPolicyRequest request) {
        return pauses.setCrisisPolicy(workspaceId, request, member.subject());
    }

    private static String reason(PauseRequest request) {
        if (request == null) {
            throw new ProblemException(400, "validation", "Request is not valid", "reason: required",
                    List.of(new Problem.FieldError("reason", "required")));
        }
        return request.reason();
    }
}
