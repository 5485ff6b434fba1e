package io.sosmed.schedule.post;

import io.sosmed.platform.problem.ProblemException;
import io.sosmed.platform.security.AnyMember;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Posts schedule-service has heard of through post lifecycle events. */
@Path("/api/v1/workspaces/{workspaceId}/posts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Posts")
public class SchedulablePostResource {

    private final SchedulablePostRepository posts;

    public SchedulablePostResource(SchedulablePostRepository posts) {
        this.posts = posts;
    }

    @GET
    @Path("{postId}")
    @AnyMember
    @Operation(summary = "A post as schedule-service knows it (channels it targets, last status)")
    public SchedulablePostResponse get(@PathParam("workspaceId") String workspaceId, @PathParam("postId") UUID postId) {
        return posts.findInWorkspace(workspaceId, postId)
                .map(SchedulablePostResponse::of)
                .orElseThrow(() -> ProblemException.notFound("Post", postId.toString()));
    }
}
