package io.sosmed.content.approval;

import io.sosmed.platform.security.AllowedRoles;
import io.sosmed.platform.security.AnyMember;
import io.sosmed.platform.security.CurrentMember;
import io.sosmed.platform.security.WorkspaceRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Threaded review comments on a post: the people who write and review posts discuss them; everyone reads. */
@Path("/api/v1/workspaces/{workspaceId}/posts/{postId}/comments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Approvals")
@SecurityRequirement(name = "SecurityScheme")
public class ReviewCommentResource {

    private final ReviewCommentService comments;
    private final CurrentMember member;

    public ReviewCommentResource(ReviewCommentService comments, CurrentMember member) {
        this.comments = comments;
        this.member = member;
    }

    @POST
    @AllowedRoles({WorkspaceRole.EDITOR, WorkspaceRole.APPROVER})
    @Operation(summary = "Comment on a post under review; parentId answers another comment")
    public Response add(@PathParam("workspaceId") String workspaceId, @PathParam("postId") UUID postId,
            @Valid @NotNull CommentRequest body, UriInfo uri) {
        CommentResponse created = CommentResponse.of(comments.add(workspaceId, postId, member.subject(), member.name(), body));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @GET
    @Path("{commentId}")
    @AnyMember
    @Operation(summary = "One comment")
    public CommentResponse get(@PathParam("workspaceId") String workspaceId, @PathParam("postId") UUID postId,
            @PathParam("commentId") UUID commentId) {
        return CommentResponse.of(comments.get(workspaceId, postId, commentId));
    }

    @GET
    @AnyMember
    @Operation(summary = "The post's comments, oldest first, with cursor pagination; replies carry parentId")
    public CommentPage list(@PathParam("workspaceId") String workspaceId, @PathParam("postId") UUID postId,
            @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(100) int limit) {
        return comments.list(workspaceId, postId, cursor, limit);
    }
}
