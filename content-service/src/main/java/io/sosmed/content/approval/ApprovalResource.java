package io.sosmed.content.approval;

import io.sosmed.platform.problem.Problem;
import io.sosmed.platform.security.AllowedRoles;
import io.sosmed.platform.security.AnyMember;
import io.sosmed.platform.security.CurrentMember;
import io.sosmed.platform.security.WorkspaceRole;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Review of a post: submit (editors), approve, reject or request changes (whoever the current step allows, never
 * the author or submitter), and the approval history. Bodies are optional ({@code comment}, {@code step}).
 */
@Path("/api/v1/workspaces/{workspaceId}/posts/{postId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
@Tag(name = "Approvals")
@SecurityRequirement(name = "SecurityScheme")
public class ApprovalResource {

    private final ApprovalService approvals;
    private final CurrentMember member;
    private final ReviewBodies bodies;

    public ApprovalResource(ApprovalService approvals, CurrentMember member, ReviewBodies bodies) {
        this.approvals = approvals;
        this.bodies = bodies;
        this.member = member;
    }

    @POST
    @Path("submit")
    @AllowedRoles(WorkspaceRole.EDITOR)
    @Operation(summary = "Submit a DRAFT or CHANGES_REQUESTED post for review; with no approval step it is approved at once")
    @APIResponse(responseCode = "200", description = "The approval state after submitting",
            content = @Content(schema = @Schema(implementation = ApprovalsView.class)))
    @APIResponse(responseCode = "409", description = "The post is not DRAFT or CHANGES_REQUESTED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The post has validation errors; the body carries the report",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = InvalidPostMapper.InvalidPostProblem.class)))
    @RequestBody(required = false, description = "Optional: {\"comment\":\"...\"}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewRequest.class)))
    public ApprovalsView submit(@PathParam("workspaceId") String workspaceId, @PathParam("postId") UUID postId,
            String body) {
        approvals.submit(workspaceId, postId, bodies.parse(body), member.subject());
        return approvals.view(workspaceId, postId, null, 20);
    }

    @POST
    @Path("approve")
    @AnyMember
    @Operation(summary = "Approve the current step; the last step approves the post",
            description = "403 for the post's author or submitter, a member the step does not allow, or a step "
                    + "that is not the current one")
    @APIResponse(responseCode = "403", description = "Not allowed to decide this step",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The post is not in review",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RequestBody(required = false, description = "Optional: comment, and the step meant (403 if not current)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewRequest.class)))
    public ApprovalsView approve(@PathParam("workspaceId") String workspaceId, @PathParam("postId") UUID postId,
            String body) {
        approvals.approve(workspaceId, postId, bodies.parse(body), member.subject(), member.roles());
        return approvals.view(workspaceId, postId, null, 20);
    }

    @POST
    @Path("reject")
    @AnyMember
    @Operation(summary = "Reject the post: the round ends and the post returns to DRAFT")
    @RequestBody(required = false, description = "Optional: comment, and the step meant (403 if not current)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewRequest.class)))
    public ApprovalsView reject(@PathParam("workspaceId") String workspaceId, @PathParam("postId") UUID postId,
            String body) {
        approvals.decline(workspaceId, postId, Decision.REJECTED, bodies.parse(body), member.subject(), member.roles());
        return approvals.view(workspaceId, postId, null, 20);
    }

    @POST
    @Path("request-changes")
    @AnyMember
    @Operation(summary = "Ask for changes: the round ends and the post becomes CHANGES_REQUESTED until resubmitted")
    @RequestBody(required = false, description = "Optional: comment, and the step meant (403 if not current)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewRequest.class)))
    public ApprovalsView requestChanges(@PathParam("workspaceId") String workspaceId, @PathParam("postId") UUID postId,
            String body) {
        approvals.decline(workspaceId, postId, Decision.CHANGES_REQUESTED, bodies.parse(body), member.subject(),
                member.roles());
        return approvals.view(workspaceId, postId, null, 20);
    }

    @GET
    @Path("approvals")
    @AnyMember
    @Operation(summary = "The latest approval round with its steps, and the approval history newest first (cursor pages)")
    public ApprovalsView history(@PathParam("workspaceId") String workspaceId, @PathParam("postId") UUID postId,
            @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return approvals.view(workspaceId, postId, cursor, limit);
    }
}
