package io.sosmed.schedule.channel;

import io.sosmed.platform.problem.Problem;
import io.sosmed.platform.security.AllowedRoles;
import io.sosmed.platform.security.AnyMember;
import io.sosmed.platform.security.CurrentMember;
import io.sosmed.platform.security.WorkspaceRole;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Social accounts connected to a workspace. Credentials go in, never out. */
@Path("/api/v1/workspaces/{workspaceId}/channels")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Channels")
@SecurityRequirement(name = "SecurityScheme")
public class ChannelResource {

    private static final String BLUESKY_EXAMPLE = """
            {"network":"BLUESKY","credentials":{"identifier":"alice.test","appPassword":"xxxx-xxxx-xxxx-xxxx"},
             "instanceUrl":"https://bsky.social","zone":"Europe/Berlin"}""";
    private static final String MASTODON_EXAMPLE = """
            {"network":"MASTODON","credentials":{"accessToken":"<token with read write scopes>"},
             "instanceUrl":"https://mastodon.social","zone":"Asia/Jakarta","displayName":"Acme on Mastodon"}""";

    private final ChannelService channels;
    private final CurrentMember member;

    public ChannelResource(ChannelService channels, CurrentMember member) {
        this.channels = channels;
        this.member = member;
    }

    @POST
    @AllowedRoles(WorkspaceRole.ADMIN)
    @Operation(summary = "Connect a Mastodon or Bluesky account with its credentials, verified with the network first;"
            + " reconnecting an account that needs it answers 200")
    @RequestBody(content = @Content(examples = {@ExampleObject(name = "bluesky", value = BLUESKY_EXAMPLE),
            @ExampleObject(name = "mastodon", value = MASTODON_EXAMPLE)}))
    @APIResponse(responseCode = "201", description = "Connected; Location points at the channel",
            content = @Content(schema = @Schema(implementation = ChannelResponse.class)))
    @APIResponse(responseCode = "422", description = "The network rejected the credentials",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response connect(@PathParam("workspaceId") String workspaceId, @NotNull ConnectChannelRequest body,
            UriInfo uri) {
        ChannelService.Connected connected = channels.connect(workspaceId, member.subject(), body);
        ChannelResponse channel = ChannelResponse.of(connected.channel());
        if (!connected.created()) {
            return Response.ok(channel).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(channel.id()).build()).entity(channel).build();
    }

    @GET
    @AnyMember
    @Operation(summary = "Connected channels, newest first; status=DISCONNECTED lists disconnected ones")
    public ChannelPage list(@PathParam("workspaceId") String workspaceId, @QueryParam("status") String status,
            @QueryParam("network") String network, @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return channels.list(workspaceId, status, network, cursor, limit);
    }

    @GET
    @Path("{channelId}")
    @AnyMember
    @Operation(summary = "One channel: network, handle, zone, health and limits")
    public ChannelResponse get(@PathParam("workspaceId") String workspaceId,
            @PathParam("channelId") String channelId) {
        return ChannelResponse.of(channels.get(workspaceId, channelId));
    }

    @PATCH
    @Path("{channelId}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @AllowedRoles(WorkspaceRole.ADMIN)
    @Operation(summary = "Change the channel's time zone or display name")
    public ChannelResponse update(@PathParam("workspaceId") String workspaceId,
            @PathParam("channelId") String channelId, @NotNull UpdateChannelRequest body) {
        return ChannelResponse.of(channels.update(workspaceId, channelId, body));
    }

    @DELETE
    @Path("{channelId}")
    @AllowedRoles(WorkspaceRole.ADMIN)
    @Operation(summary = "Disconnect the channel: its credentials are erased, its history kept")
    @APIResponse(responseCode = "204", description = "Disconnected")
    public void disconnect(@PathParam("workspaceId") String workspaceId, @PathParam("channelId") String channelId) {
        channels.disconnect(workspaceId, channelId, member.subject());
    }
}
