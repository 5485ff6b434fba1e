package io.sosmed.content.validation;

import io.sosmed.content.post.PostService;
import io.sosmed.platform.problem.Problem;
import io.sosmed.platform.security.AnyMember;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Checks a stored post against its channels' networks, the channels' own limits and the workspace guardrails. */
@Path("/api/v1/workspaces/{workspaceId}/posts/{postId}/validate")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Posts")
@SecurityRequirement(name = "SecurityScheme")
public class PostValidationResource {

    private final PostService posts;
    private final PostValidator validator;

    public PostValidationResource(PostService posts, PostValidator validator) {
        this.posts = posts;
        this.validator = validator;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @AnyMember
    @Operation(summary = "Validate every variant: network rules, the channel's own limits, brand guardrails",
            description = "valid is false when any variant has an ERROR; WARNINGs never block. A variant whose channel "
                    + "is not connected to the workspace gets CHANNEL_UNKNOWN.")
    @APIResponse(responseCode = "200", description = "The report per variant",
            content = @Content(schema = @Schema(implementation = PostValidationReport.class)))
    @APIResponse(responseCode = "404", description = "No such post in this workspace",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PostValidationReport validate(@PathParam("workspaceId") String workspaceId, @PathParam("postId") UUID postId) {
        return validator.validate(posts.get(workspaceId, postId));
    }
}
