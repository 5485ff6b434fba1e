package io.sosmed.schedule.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sosmed.platform.problem.ProblemException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Meta's webhook callback (developers.facebook.com/docs/graph-api/webhooks): the {@code hub.challenge} handshake and
 * signed deliveries. Not under a workspace: Meta calls it without a token and is authenticated by the signature.
 */
@Path("/api/v1/webhooks/meta")
@Tag(name = "Webhooks")
public class MetaWebhookResource {

    private final MetaWebhookConfig config;
    private final MetaWebhookService service;
    private final ObjectMapper mapper;

    public MetaWebhookResource(MetaWebhookConfig config, MetaWebhookService service, ObjectMapper mapper) {
        this.config = config;
        this.service = service;
        this.mapper = mapper;
    }

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "Subscription handshake: echoes hub.challenge when hub.verify_token matches")
    public String verify(@QueryParam("hub.mode") String mode, @QueryParam("hub.verify_token") String token,
            @QueryParam("hub.challenge") String challenge) {
        String expected = config.verifyToken().orElseThrow(MetaWebhookResource::notConfigured);
        boolean matches = token != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
        if (!"subscribe".equals(mode) || !matches || challenge == null) {
            throw new ProblemException(403, "webhook-verification-failed", "Webhook verification failed",
                    "hub.mode must be subscribe and hub.verify_token must match the configured token");
        }
        return challenge;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "A delivery signed with X-Hub-Signature-256; comments become inbox items")
    public String receive(@HeaderParam("X-Hub-Signature-256") String signature, byte[] body) {
        String secret = config.appSecret().orElseThrow(MetaWebhookResource::notConfigured);
        if (!MetaSignature.matches(secret, body, signature)) {
            throw new ProblemException(401, "webhook-signature-invalid", "Signature does not match",
                    "X-Hub-Signature-256 must be sha256= and the HMAC-SHA256 of the body under the app secret");
        }
        JsonNode delivery;
        try {
            delivery = mapper.readTree(body);
        } catch (IOException e) {
            throw new ProblemException(400, "validation", "Request is not valid", "The delivery is not JSON");
        }
        service.receive(delivery);
        return "EVENT_RECEIVED";
    }

    private static ProblemException notConfigured() {
        return new ProblemException(404, "not-found", "Not found", "Meta webhooks are not configured");
    }
}
