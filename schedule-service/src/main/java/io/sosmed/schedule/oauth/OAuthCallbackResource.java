package io.sosmed.schedule.oauth;

import io.sosmed.schedule.channel.ChannelResponse;
import io.sosmed.schedule.channel.ChannelService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Where a network sends the person back after consent. Not under a workspace and without a bearer token: the
 * one-time state (bound to the workspace and the admin who started) authorizes the call.
 */
@Path("/api/v1/channels/oauth")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Channels")
public class OAuthCallbackResource {

    private final OAuthService oauth;

    public OAuthCallbackResource(OAuthService oauth) {
        this.oauth = oauth;
    }

    @GET
    @Path("{network}/callback")
    @Operation(summary = "Exchanges the code (with the PKCE verifier) and connects the channel; 201, or 200 on reconnect")
    public Response callback(@PathParam("network") String network, @QueryParam("code") String code,
            @QueryParam("state") String state, @QueryParam("error") String error) {
        ChannelService.Connected connected = oauth.callback(network, code, state, error);
        return Response.status(connected.created() ? 201 : 200).entity(ChannelResponse.of(connected.channel())).build();
    }
}
