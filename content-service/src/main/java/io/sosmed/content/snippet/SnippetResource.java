package io.sosmed.content.snippet;

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

/** Text snippets of a workspace: editors and admins write, every member reads. */
@Path("/api/v1/workspaces/{workspaceId}/snippets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Snippets")
@SecurityRequirement(name = "SecurityScheme")
public class SnippetResource {

    private static final String EXAMPLE = """
            {"name":"Sign-off","text":"Questions? Reply here or write to hello@example.com"}""";

    private final SnippetService snippets;
    private final CurrentMember member;

    public SnippetResource(SnippetService snippets, CurrentMember member) {
        this.snippets = snippets;
        this.member = member;
    }

    @POST
    @AllowedRoles(WorkspaceRole.EDITOR)
    @Operation(summary = "Create a snippet")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "sign-off", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; Location points at the snippet")
    @APIResponse(responseCode = "409", description = "Name already used in the workspace",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@PathParam("workspaceId") String workspaceId, @Valid @NotNull SnippetRequest body,
            UriInfo uri) {
        SnippetResponse created = SnippetResponse.of(snippets.create(workspaceId, member.subject(), body));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @GET
    @AnyMember
    @Operation(summary = "List snippets, newest first, with cursor pagination")
    public LibraryPage<SnippetResponse> list(@PathParam("workspaceId") String workspaceId,
            @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return snippets.list(workspaceId, cursor, limit, SnippetResponse::of);
    }

    @GET
    @Path("{snippetId}")
    @AnyMember
    @Operation(summary = "One snippet")
    public SnippetResponse get(@PathParam("workspaceId") String workspaceId, @PathParam("snippetId") UUID snippetId) {
        return SnippetResponse.of(snippets.get(workspaceId, snippetId));
    }

    @PUT
    @Path("{snippetId}")
    @AllowedRoles(WorkspaceRole.EDITOR)
    @Operation(summary = "Replace a snippet's name and text")
    public SnippetResponse replace(@PathParam("workspaceId") String workspaceId,
            @PathParam("snippetId") UUID snippetId, @Valid @NotNull SnippetRequest body) {
        return SnippetResponse.of(snippets.replace(workspaceId, snippetId, body));
    }

    @DELETE
    @Path("{snippetId}")
    @AllowedRoles(WorkspaceRole.EDITOR)
    @Operation(summary = "Delete a snippet")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("workspaceId") String workspaceId, @PathParam("snippetId") UUID snippetId) {
        snippets.delete(workspaceId, snippetId);
    }
}
