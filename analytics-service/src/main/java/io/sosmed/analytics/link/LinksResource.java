package io.sosmed.analytics.link;

import io.sosmed.analytics.Window;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Short links with UTM parameters and their clicks. */
@Path("/api/v1/workspaces/{workspaceId}/links")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Links")
public class LinksResource {

    private final Links links;
    private final CurrentMember member;

    public LinksResource(Links links, CurrentMember member) {
        this.links = links;
        this.member = member;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles({WorkspaceRole.EDITOR, WorkspaceRole.PUBLISHER, WorkspaceRole.ANALYST})
    @Operation(summary = "Create a short link whose destination carries UTM parameters from campaign, channel and post")
    public Response create(@PathParam("workspaceId") String workspaceId, CreateLinkRequest request,
            @Context UriInfo uri) {
        LinkResponse link = links.create(workspaceId, member.subject(), request);
        return Response.created(uri.getAbsolutePathBuilder().path(link.id().toString()).build()).entity(link).build();
    }

    @GET
    @AnyMember
    @Operation(summary = "The workspace's short links with click counts, newest first (cursor pages)")
    public LinkPage list(@PathParam("workspaceId") String workspaceId, @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        return links.list(workspaceId, cursor, limit);
    }

    @GET
    @Path("clicks")
    @AnyMember
    @Operation(summary = "Clicks rolled up to post, channel or campaign (groupBy), people apart from previews and bots")
    public ClickRollup clicks(@PathParam("workspaceId") String workspaceId, @QueryParam("groupBy") String groupBy,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        return links.rollup(workspaceId, groupBy, Window.parse(from, to, null));
    }

    @GET
    @Path("{linkId}")
    @AnyMember
    @Operation(summary = "One short link with its click counts")
    public LinkResponse get(@PathParam("workspaceId") String workspaceId, @PathParam("linkId") UUID linkId) {
        return links.find(workspaceId, linkId).orElseThrow(() -> ProblemException.notFound("Link", linkId.toString()));
    }
}
