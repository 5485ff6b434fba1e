package io.sosmed.content.post;

import com.fasterxml.jackson.databind.JsonNode;
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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
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

    static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String CREATE_EXAMPLE = """
            {"title":"Webinar launch","pillar":"education","tags":["webinar"],
             "variants":[{"channelId":"x-main","text":"Join us #webinar https://example.com/w"},
                         {"channelId":"ig-brand","text":"Join us! Link in bio","mediaIds":["0d5f6c3e-6f1e-4f7e-9f55-3c1d2b7a9e10"],
                          "firstComment":"#webinar #marketing","options":{"instagramPostType":"FEED"}}]}""";
    private static final String PATCH_EXAMPLE = """
            {"title":"Webinar launch (new date)","tags":null}""";

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
        PostResponse post = PostResponse.of(posts.create(workspaceId, member.subject(), body));
        return withEtag(Response.created(uri.getAbsolutePathBuilder().path(post.id().toString()).build()), post);
    }

    @GET
    @AnyMember
    @Operation(summary = "List posts, newest first, with filters and cursor pagination; deleted=true lists the trash")
    public PostPage list(@PathParam("workspaceId") String workspaceId,
            @QueryParam("status") String status, @QueryParam("campaignId") String campaignId,
            @QueryParam("pillar") String pillar, @QueryParam("tag") String tag,
            @QueryParam("channelId") String channelId, @QueryParam("authorId") String authorId,
            @QueryParam("q") String text, @QueryParam("deleted") @DefaultValue("false") boolean deleted,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        PostFilter filter = new PostFilter(QueryValues.enumValue("status", status, PostStatus.class),
                QueryValues.uuid("campaignId", campaignId), pillar, tag, channelId, authorId, text, deleted);
        return posts.list(workspaceId, filter, cursor, limit);
    }

    @GET
    @Path("{postId}")
    @AnyMember
    @Operation(summary = "One post; its ETag is needed to change it")
    @APIResponse(responseCode = "404", description = "No such post in this workspace",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("workspaceId") String workspaceId, @PathParam("postId") UUID postId) {
        return withEtag(Response.ok(), PostResponse.of(posts.get(workspaceId, postId)));
    }

    @PUT
    @Path("{postId}")
    @AllowedRoles(WorkspaceRole.EDITOR)
    @Operation(summary = "Replace a post; If-Match must carry its current ETag (412 when stale, 428 when missing)."
            + " Editing an approved or scheduled post returns it to DRAFT")
    public Response replace(@PathParam("workspaceId") String workspaceId, @PathParam("postId") UUID postId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull PostRequest body) {
        long expected = PostVersion.expected(ifMatch);
        return withEtag(Response.ok(), PostResponse.of(posts.replace(workspaceId, postId, expected, body, member.subject())));
    }

    @PATCH
    @Path("{postId}")
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @AllowedRoles(WorkspaceRole.EDITOR)
    @Operation(summary = "Change some fields with a JSON Merge Patch (RFC 7396; null removes); If-Match required")
    @RequestBody(content = @Content(mediaType = MERGE_PATCH, examples = @ExampleObject(name = "retitle", value = PATCH_EXAMPLE)))
    public Response patch(@PathParam("workspaceId") String workspaceId, @PathParam("postId") UUID postId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull JsonNode body) {
        long expected = PostVersion.expected(ifMatch);
        return withEtag(Response.ok(), PostResponse.of(posts.patch(workspaceId, postId, expected, body, member.subject())));
    }

    @DELETE
    @Path("{postId}")
    @AllowedRoles(WorkspaceRole.EDITOR)
    @Operation(summary = "Move a post to the trash; restorable for 30 days")
    @APIResponse(responseCode = "204", description = "In the trash")
    public void delete(@PathParam("workspaceId") String workspaceId, @PathParam("postId") UUID postId) {
        posts.delete(workspaceId, postId, member.subject());
    }

    @POST
    @Path("{postId}/restore")
    @Consumes(MediaType.WILDCARD)
    @AllowedRoles(WorkspaceRole.EDITOR)
    @Operation(summary = "Take a post out of the trash (within 30 days); it comes back as a draft if it had been approved")
    public Response restore(@PathParam("workspaceId") String workspaceId, @PathParam("postId") UUID postId) {
        return withEtag(Response.ok(), PostResponse.of(posts.restore(workspaceId, postId, member.subject())));
    }

    private static Response withEtag(Response.ResponseBuilder builder, PostResponse post) {
        return builder.header(HttpHeaders.ETAG, post.etag()).entity(post).build();
    }
}
