package io.sosmed.content.post;

import io.sosmed.platform.problem.Problem;
import io.sosmed.platform.security.AllowedRoles;
import io.sosmed.platform.security.AnyMember;
import io.sosmed.platform.security.CurrentMember;
import io.sosmed.platform.security.WorkspaceRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

/** Posts of a workspace. */
@Path("/api/v1/workspaces/{workspaceId}/posts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Posts")
@SecurityRequirement(name = "SecurityScheme")
public class PostResource {

    private static final String CREATE_EXAMPLE = """
            {"title":"Webinar launch","tags":["webinar"],
             "variants":[{"channelId":"x-main","text":"Join us #webinar https://example.com/w"}]}""";

    private final PostService posts;
    private final CurrentMember member;

    public PostResource(PostService posts, CurrentMember member) {
        this.posts = posts;
        this.member = member;
    }

    @POST
    @AllowedRoles(WorkspaceRole.EDITOR)
    @Operation(summary = "Create a draft post with one variant per target channel")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "webinar", value = CREATE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; Location points at the post",
            content = @Content(schema = @Schema(implementation = PostResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@PathParam("workspaceId") String workspaceId, @Valid @NotNull PostRequest body,
            UriInfo uri) {
        Post post = posts.create(workspaceId, member.subject(), body);
        return Response.created(uri.getAbsolutePathBuilder().path(post.id.toString()).build())
                .entity(PostResponse.of(post))
                .build();
    }

    @GET
    @Path("{postId}")
    @AnyMember
    @Operation(summary = "One post")
    @APIResponse(responseCode = "404", description = "No such post in this workspace",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PostResponse get(@PathParam("workspaceId") String workspaceId, @PathParam("postId") UUID postId) {
        return PostResponse.of(posts.get(workspaceId, postId));
    }
}
