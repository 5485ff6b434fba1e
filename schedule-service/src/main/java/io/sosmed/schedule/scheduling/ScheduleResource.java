package io.sosmed.schedule.scheduling;

import io.sosmed.platform.security.AllowedRoles;
import io.sosmed.platform.security.AnyMember;
import io.sosmed.platform.security.CurrentMember;
import io.sosmed.platform.security.WorkspaceRole;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Schedules of a workspace. Like Buffer, publishers and admins schedule, reschedule and unschedule; editors write and
 * submit posts but do not decide when they go out; every member can read the plan.
 */
@Path("/api/v1/workspaces/{workspaceId}/schedules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Schedules")
public class ScheduleResource {

    private final ScheduleService schedules;
    private final CurrentMember member;

    public ScheduleResource(ScheduleService schedules, CurrentMember member) {
        this.schedules = schedules;
        this.member = member;
    }

    @POST
    @AllowedRoles(WorkspaceRole.PUBLISHER)
    @Operation(summary = "Schedule a post",
            description = "Mode AT publishes at a wall-clock time in an IANA zone (a DST-gap time is refused with 422 unless "
                    + "dstGap SHIFT; an ambiguous time takes dstOverlap, default EARLIER, and the notes say which), optionally "
                    + "repeating by an RRULE that must end; QUEUE takes each channel's next free queue slot; BEST_TIME each "
                    + "channel's next best time; NOW publishes at once. Only approved posts (or posts outside the approval "
                    + "policy) can be scheduled (409). One publication is created per channel and instant.")
    public Response create(@PathParam("workspaceId") String workspaceId, ScheduleRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw SchedulingProblems.invalid("body", "required");
        }
        ScheduleResponse created = schedules.create(workspaceId, request, member.subject());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @GET
    @AnyMember
    @Operation(summary = "Schedules, newest first, optionally of one post")
    public SchedulePage list(@PathParam("workspaceId") String workspaceId, @QueryParam("postId") UUID postId,
            @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return schedules.list(workspaceId, postId, cursor, limit);
    }

    @GET
    @Path("{scheduleId}")
    @AnyMember
    @Operation(summary = "A schedule and the status of each of its publications")
    public ScheduleResponse get(@PathParam("workspaceId") String workspaceId, @PathParam("scheduleId") UUID scheduleId) {
        return schedules.get(workspaceId, scheduleId);
    }

    @PATCH
    @Path("{scheduleId}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @AllowedRoles(WorkspaceRole.PUBLISHER)
    @Operation(summary = "Reschedule the publications not yet attempted to a new wall-clock time")
    public ScheduleResponse reschedule(@PathParam("workspaceId") String workspaceId, @PathParam("scheduleId") UUID scheduleId,
            RescheduleRequest request) {
        return schedules.reschedule(workspaceId, scheduleId, request, member.subject());
    }

    @DELETE
    @Path("{scheduleId}")
    @AllowedRoles(WorkspaceRole.PUBLISHER)
    @Operation(summary = "Unschedule: the publications not yet attempted never go out")
    public Response unschedule(@PathParam("workspaceId") String workspaceId, @PathParam("scheduleId") UUID scheduleId) {
        schedules.unschedule(workspaceId, scheduleId, member.subject());
        return Response.noContent().build();
    }

    @POST
    @Path("shift")
    @AllowedRoles(WorkspaceRole.PUBLISHER)
    @Operation(summary = "Move every pending publication matching the filter by an ISO-8601 duration",
            description = "Refused with 422, changing nothing, when a moved publication would land in the past.")
    public ShiftResult shift(@PathParam("workspaceId") String workspaceId, ShiftRequest request) {
        return schedules.shift(workspaceId, request, member.subject());
    }
}
