package io.sosmed.analytics.conversion;

import io.sosmed.platform.security.AllowedRoles;
import io.sosmed.platform.security.WorkspaceRole;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Conversions from CRMs (client-credentials token of the integration client, or a person). */
@Path("/api/v1/workspaces/{workspaceId}/conversions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Conversions")
public class ConversionsResource {

    private final Conversions conversions;
    private final WebhookSignatures signatures;

    public ConversionsResource(Conversions conversions, WebhookSignatures signatures) {
        this.conversions = conversions;
        this.signatures = signatures;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles({WorkspaceRole.ANALYST, WorkspaceRole.AGENT})
    @Operation(summary = "Record a lead, opportunity or deal; 201 when new, 200 with duplicate=true for a known externalId")
    public Response record(@PathParam("workspaceId") String workspaceId, ConversionRequest request) {
        ConversionResponse conversion = conversions.record(workspaceId, request, Conversions.Channel.API);
        return Response.status(conversion.duplicate() ? Response.Status.OK : Response.Status.CREATED)
                .entity(conversion).build();
    }

    @POST
    @Path("webhook-secret")
    @AllowedRoles(WorkspaceRole.ADMIN)
    @Operation(summary = "Generate a new webhook signing secret for this workspace (shown once, replaces the old one)")
    public Map<String, String> rotateSecret(@PathParam("workspaceId") String workspaceId) {
        return Map.of("secret", signatures.rotate(workspaceId), "header", WebhookSignatures.HEADER,
                "scheme", "t=<unix seconds>,v1=<hex HMAC-SHA256 of t + '.' + body>");
    }
}
