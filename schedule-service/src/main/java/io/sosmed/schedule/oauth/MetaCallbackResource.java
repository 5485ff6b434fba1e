package io.sosmed.schedule.oauth;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Where Facebook Login sends the person back; the one-time state authorizes the call (no bearer token). */
@Path("/api/v1/channels/oauth/meta")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Channels")
public class MetaCallbackResource {

    private final MetaConnectService meta;

    public MetaCallbackResource(MetaConnectService meta) {
        this.meta = meta;
    }

    @GET
    @Path("callback")
    @Operation(summary = "Exchanges the code, lists the Pages (with linked Instagram accounts) and answers 201 with a"
            + " pending connection to choose from")
    public Response callback(@QueryParam("code") String code, @QueryParam("state") String state,
            @QueryParam("error") String error) {
        MetaPendingResponse pending = meta.callback(code, state, error);
        return Response.created(URI.create(MetaConnectService.pendingPath(pending.workspaceId(), pending.id())))
                .entity(pending).build();
    }
}
