package io.sosmed.content.hashtag;

import io.sosmed.content.library.LibraryPage;
import io.sosmed.platform.problem.Problem;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Text groups of a workspace: editors and admins write, every member reads. */
@Path("/api/v1/workspaces/{workspaceId}/hashtag-groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Hashtag groups")
@SecurityRequirement(name = "SecurityScheme")
public class HashtagGroupResource {

    private static final String EXAMPLE = """
            {"name":"Webinars","hashtags":["webinar","#marketing","live"]}""";

    private final HashtagGroupService groups;
    private final CurrentMember member;

    public HashtagGroupResource(HashtagGroupService groups, CurrentMember member) {
        this.groups = groups;
        this.member = member;
    }

    @POST
    @AllowedRoles(WorkspaceRole.EDITOR)
    @Operation(summary = "Create a hashtag group; the leading # is optional and duplicates are dropped")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "webinars", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; Location points at the hashtag group")
    @APIResponse(responseCode = "409", description = "Name already used in the workspace",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@PathParam("workspaceId") String workspaceId, @Valid @NotNull HashtagGroupRequest body,
            UriInfo uri) {
        HashtagGroupResponse created = HashtagGroupResponse.of(groups.create(workspaceId, member.subject(), body));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @GET
    @AnyMember
    @Operation(summary = "List groups, newest first, with cursor pagination")
    public LibraryPage<HashtagGroupResponse> list(@PathParam("workspaceId") String workspaceId,
            @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return groups.list(workspaceId, cursor, limit, HashtagGroupResponse::of);
    }

    @GET
    @Path("{groupId}")
    @AnyMember
    @Operation(summary = "One hashtag group")
    public HashtagGroupResponse get(@PathParam("workspaceId") String workspaceId, @PathParam("groupId") UUID groupId) {
        return HashtagGroupResponse.of(groups.get(workspaceId, groupId));
    }

    @PUT
    @Path("{groupId}")
    @AllowedRoles(WorkspaceRole.EDITOR)
    @Operation(summary = "Replace a hashtag group's name and hashtags")
    public HashtagGroupResponse replace(@PathParam("workspaceId") String workspaceId,
            @PathParam("groupId") UUID groupId, @Valid @NotNull HashtagGroupRequest body) {
        return HashtagGroupResponse.of(groups.replace(workspaceId, groupId, body));
    }

    @DELETE
    @Path("{groupId}")
    @AllowedRoles(WorkspaceRole.EDITOR)
    @Operation(summary = "Delete a hashtag group")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("workspaceId") String workspaceId, @PathParam("groupId") UUID groupId) {
        groups.delete(workspaceId, groupId);
    }
}
