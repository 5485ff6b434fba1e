package io.sosmed.analytics.metrics;

import io.sosmed.analytics.Window;
import io.sosmed.platform.security.AnyMember;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A channel's followers and growth. */
@Path("/api/v1/workspaces/{workspaceId}/channels/{channelId}/metrics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Metrics")
public class ChannelMetricsResource {

    private final MetricsQueries queries;

    public ChannelMetricsResource(MetricsQueries queries) {
        this.queries = queries;
    }

    @GET
    @AnyMember
    @Operation(summary = "Followers over [from, to) (default: the last 30 days) and growth in that window")
    public ChannelMetricsResponse get(@PathParam("workspaceId") String workspaceId,
            @PathParam("channelId") String channelId, @QueryParam("from") String from, @QueryParam("to") String to) {
        return queries.forChannel(workspaceId, channelId, Window.parse(from, to, null));
    }
}
