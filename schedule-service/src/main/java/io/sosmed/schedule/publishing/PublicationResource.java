package io.sosmed.schedule.publishing;

import io.sosmed.platform.problem.Problem;
import io.sosmed.platform.problem.ProblemException;
import io.sosmed.platform.security.AllowedRoles;
import io.sosmed.platform.security.AnyMember;
import io.sosmed.platform.security.CurrentMember;
import io.sosmed.platform.security.WorkspaceRole;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Publishing outcomes per channel, and the explicit retry a person decides on. */
@Path("/api/v1/workspaces/{workspaceId}/publications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Publications")
public class PublicationResource {

    private final PublicationQueries queries;
    private final CurrentMember member;

    public PublicationResource(PublicationQueries queries, CurrentMember member) {
        this.queries = queries;
        this.member = member;
    }

    @GET
    @AnyMember
    @Operation(summary = "Outcome per channel (and occurrence) of a post's publications")
    public List<PublicationResponse> ofPost(@PathParam("workspaceId") String workspaceId, @QueryParam("postId") UUID postId) {
        if (postId == null) {
            throw new ProblemException(400, "validation", "Request is not valid", "postId: required",
                    List.of(new Problem.FieldError("postId", "required")));
        }
        return queries.ofPost(workspaceId, postId);
    }

    @POST
    @Path("{publicationId}/retry")
    @Consumes(MediaType.WILDCARD)
    @AllowedRoles(WorkspaceRole.PUBLISHER)
    @Operation(summary = "Publish a FAILED or UNCONFIRMED publication again, now",
            description = "For UNCONFIRMED, only after checking the network: the engine never does this on its own.")
    public PublicationResponse retry(@PathParam("workspaceId") String workspaceId, @PathParam("publicationId") UUID id) {
        return queries.retry(workspaceId, id, member.subject());
    }
}
