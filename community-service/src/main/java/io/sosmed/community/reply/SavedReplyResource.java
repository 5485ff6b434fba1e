package io.sosmed.community.reply;

import io.sosmed.platform.security.AllowedRoles;
import io.sosmed.platform.security.AnyMember;
import io.sosmed.platform.security.CurrentMember;
import io.sosmed.platform.security.WorkspaceRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Saved replies: canned answers with {@code {{author.name}}}-style variables. */
@Path("/api/v1/workspaces/{workspaceId}/saved-replies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Saved replies")
public class SavedReplyResource {

    private final SavedReplies savedReplies;
    private final CurrentMember member;

    public SavedReplyResource(SavedReplies savedReplies, CurrentMember member) {
        this.savedReplies = savedReplies;
        this.member = member;
    }

    @GET
    @AnyMember
    @Operation(summary = "Saved replies, newest first (cursor pagination)")
    public SavedReplyResponse.Page list(@PathParam("workspaceId") String workspaceId, @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("25") @Min(1) @Max(100) int limit) {
        return savedReplies.list(workspaceId, cursor, limit);
    }

    @GET
    @Path("{id}")
    @AnyMember
    @Operation(summary = "One saved reply")
    public SavedReplyResponse get(@PathParam("workspaceId") String workspaceId, @PathParam("id") UUID id) {
        return SavedReplyResponse.of(savedReplies.get(workspaceId, id));
    }

    @POST
    @AllowedRoles(WorkspaceRole.AGENT)
    @Operation(summary = "Creates a saved reply (variables: author.name, author.handle, agent.name, network, channel.id)")
    public Response create(@PathParam("workspaceId") String workspaceId, @Valid @NotNull SavedReplyRequest request,
            UriInfo uri) {
        SavedReplyResponse created = savedReplies.create(workspaceId, request, member.subject());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @AllowedRoles(WorkspaceRole.AGENT)
    @Operation(summary = "Replaces a saved reply's name and text")
    public SavedReplyResponse replace(@PathParam("workspaceId") String workspaceId, @PathParam("id") UUID id,
            @Valid @NotNull SavedReplyRequest request) {
        return savedReplies.replace(workspaceId, id, request);
    }

    @DELETE
    @Path("{id}")
    @AllowedRoles(WorkspaceRole.AGENT)
    @Operation(summary = "Deletes a saved reply")
    public Response delete(@PathParam("workspaceId") String workspaceId, @PathParam("id") UUID id) {
        savedReplies.delete(workspaceId, id);
        return Response.noContent().build();
    }
}
