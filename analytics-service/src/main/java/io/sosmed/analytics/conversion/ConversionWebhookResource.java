package io.sosmed.analytics.conversion;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Signed conversion webhooks from CRMs: no token, the HMAC signature with the workspace's secret authenticates
 * (outside {@code /api/v1/workspaces/...}, so the workspace filter does not apply).
 */
@Path("/api/v1/webhooks/conversions/{ws}")
@Tag(name = "Conversions")
@PermitAll
public class ConversionWebhookResource {

    private final ConversionWebhook webhook;

    public ConversionWebhookResource(ConversionWebhook webhook) {
        this.webhook = webhook;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Receive a conversion signed with Sosmed-Signature: t=...,v1=...; replays are refused (409)")
    public Response receive(@PathParam("ws") String workspaceId,
            @HeaderParam(WebhookSignatures.HEADER) String signature, String body) {
        ConversionResponse conversion = webhook.receive(workspaceId, signature, body);
        return Response.status(conversion.duplicate() ? Response.Status.OK : Response.Status.CREATED)
                .entity(conversion).build();
    }
}
