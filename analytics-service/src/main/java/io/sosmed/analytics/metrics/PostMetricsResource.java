package io.sosmed.analytics.metrics;

import io.sosmed.platform.security.AnyMember;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A post's metrics on each channel it was published to. */
@Path("/api/v1/workspaces/{workspaceId}/posts/{postId}/metrics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Metrics")
public class PostMetricsResource {

    private final MetricsQueries queries;

    public PostMetricsResource(MetricsQueries queries) {
        this.queries = queries;
    }

    @GET
    @AnyMember
    @Operation(summary = "Latest metrics and their history per channel the post went out on")
    public PostMetricsResponse get(@PathParam("workspaceId") String workspaceId, @PathParam("postId") UUID postId) {
        return queries.forPost(workspaceId, postId);
    }
}
