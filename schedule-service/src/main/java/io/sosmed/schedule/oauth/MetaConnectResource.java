package io.sosmed.schedule.oauth;

import io.sosmed.platform.security.AllowedRoles;
import io.sosmed.platform.security.CurrentMember;
import io.sosmed.platform.security.WorkspaceRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Connecting Facebook Pages and Instagram accounts: Facebook Login, then the choice of Pages / accounts. */
@Path("/api/v1/workspaces/{workspaceId}/channels/oauth/meta")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Channels")
public class MetaConnectResource {

    private final MetaConnectService meta;
    private final CurrentMember member;

    public MetaConnectResource(MetaConnectService meta, CurrentMember member) {
        this.meta = meta;
        this.member = member;
    }

    @GET
    @Path("start")
    @AllowedRoles(WorkspaceRole.ADMIN)
    @Operation(summary = "Start Facebook Login: 302 to Meta's OAuth dialog; after consent the callback lists the Pages"
            + " (and linked Instagram accounts) to choose from")
    public Response start(@PathParam("workspaceId") String workspaceId, @QueryParam("zone") String zone) {
        URI dialog = meta.start(workspaceId, member.subject(), zone);
        return Response.status(Response.Status.FOUND).location(dialog)
                .entity(Map.of("authorizationUrl", dialog.toString())).build();
    }

    @GET
    @Path("pending/{id}")
    @AllowedRoles(WorkspaceRole.ADMIN)
    @Operation(summary = "The Pages and Instagram accounts a completed Facebook authorization offers")
    public MetaPendingResponse pending(@PathParam("workspaceId") String workspaceId, @PathParam("id") UUID id) {
        return meta.pending(workspaceId, id);
    }

    @POST
    @Path("pending/{id}/select")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles(WorkspaceRole.ADMIN)
    @Operation(summary = "Connect the chosen Pages and Instagram accounts as channels (each stores its Page access"
            + " token); the pending connection is used up")
    public MetaSelectResult select(@PathParam("workspaceId") String workspaceId, @PathParam("id") UUID id,
            @Valid @NotNull MetaSelectRequest body) {
        return meta.select(workspaceId, id, body);
    }
}
