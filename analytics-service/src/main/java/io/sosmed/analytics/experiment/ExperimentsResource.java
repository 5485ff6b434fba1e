package io.sosmed.analytics.experiment;

import io.sosmed.platform.security.AllowedRoles;
import io.sosmed.platform.security.CurrentMember;
import io.sosmed.platform.security.WorkspaceRole;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A/B experiments over published variants. */
@Path("/api/v1/workspaces/{workspaceId}/experiments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Experiments")
public class ExperimentsResource {

    private final Experiments experiments;
    private final CurrentMember member;

    public ExperimentsResource(Experiments experiments, CurrentMember member) {
        this.experiments = experiments;
        this.member = member;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles({WorkspaceRole.ANALYST, WorkspaceRole.EDITOR})
    @Operation(summary = "Group 2+ published variants that differ in one declared variable, with a primary metric")
    public Response create(@PathParam("workspaceId") String workspaceId, CreateExperimentRequest request,
            @Context UriInfo uri) {
        ExperimentResponse experiment = experiments.create(workspaceId, member.subject(), request);
        return Response.created(uri.getAbsolutePathBuilder().path(experiment.id().toString()).build())
                .entity(experiment).build();
    }

    @GET
    @Path("{experimentId}")
    @AllowedRoles({WorkspaceRole.ANALYST, WorkspaceRole.EDITOR})
    @Operation(summary = "Per-arm rate and interval, difference, p-value, sample still needed and verdict")
    public ExperimentResponse get(@PathParam("workspaceId") String workspaceId,
            @PathParam("experimentId") UUID experimentId) {
        return experiments.find(workspaceId, experimentId).orElseThrow(() -> Experiments.notFound(experimentId));
    }
}
