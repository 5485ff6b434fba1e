package io.sosmed.schedule.oauth;

import io.sosmed.platform.security.AllowedRoles;
import io.sosmed.platform.security.CurrentMember;
import io.sosmed.platform.security.WorkspaceRole;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Starts connecting X, LinkedIn and Threads accounts through OAuth2 (authorization code with PKCE). */
@Path("/api/v1/workspaces/{workspaceId}/channels/oauth")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Channels")
public class OAuthResource {

    private final OAuthService oauth;
    private final CurrentMember member;

    public OAuthResource(OAuthService oauth, CurrentMember member) {
        this.oauth = oauth;
        this.member = member;
    }

    @GET
    @Path("{network}/start")
    @AllowedRoles(WorkspaceRole.ADMIN)
    @Operation(summary = "Start connecting an account: 302 to the network's consent page (state + S256 code challenge);"
            + " the body carries the same URL for clients that do not follow redirects")
    public Response start(@PathParam("workspaceId") String workspaceId, @PathParam("network") String network,
            @QueryParam("zone") String zone) {
        URI authorization = oauth.start(workspaceId, member.subject(), network, zone);
        return Response.status(Response.Status.FOUND).location(authorization)
                .entity(Map.of("authorizationUrl", authorization.toString())).build();
    }
}
