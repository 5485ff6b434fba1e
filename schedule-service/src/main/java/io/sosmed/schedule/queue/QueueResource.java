package io.sosmed.schedule.queue;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A channel's queue: weekly slots in the channel's zone, and the posts waiting for them. */
@Path("/api/v1/workspaces/{workspaceId}/channels/{channelId}/queue")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Queues")
public class QueueResource {

    private final QueueService queues;
    private final CurrentMember member;

    public QueueResource(QueueService queues, CurrentMember member) {
        this.queues = queues;
        this.member = member;
    }

    @GET
    @AnyMember
    @Operation(summary = "The queue's weekly slots and the posts queued, in publishing order")
    public QueueResponse get(@PathParam("workspaceId") String workspaceId, @PathParam("channelId") String channelId) {
        return queues.get(workspaceId, channelId);
    }

    @PUT
    @AllowedRoles(WorkspaceRole.PUBLISHER)
    @Operation(summary = "Replace the queue's weekly slots",
            description = "Slots are wall-clock times in the queue's zone; a slot inside a DST gap is skipped that day, "
                    + "one inside an overlap happens once (earlier offset). Posts already queued keep their times.")
    public QueueResponse replace(@PathParam("workspaceId") String workspaceId, @PathParam("channelId") String channelId,
            QueueRequest request) {
        return queues.replace(workspaceId, channelId, request, member.subject());
    }

    @POST
    @Path("reorder")
    @AllowedRoles(WorkspaceRole.PUBLISHER)
    @Operation(summary = "Put the queued posts in a new order; they swap their slot times")
    public QueueResponse reorder(@PathParam("workspaceId") String workspaceId, @PathParam("channelId") String channelId,
            ReorderRequest request) {
        return queues.reorder(workspaceId, channelId, request, member.subject());
    }

    @POST
    @Path("shuffle")
    @Consumes(MediaType.WILDCARD)
    @AllowedRoles(WorkspaceRole.PUBLISHER)
    @Operation(summary = "Shuffle the queued posts over the slot times they hold")
    public QueueResponse shuffle(@PathParam("workspaceId") String workspaceId, @PathParam("channelId") String channelId) {
        return queues.shuffle(workspaceId, channelId, member.subject());
    }
}
