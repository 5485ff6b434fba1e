package io.sosmed.content.network;

import io.quarkus.security.Authenticated;
import io.sosmed.platform.problem.Problem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Collection;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Each network's rules and a validator front-ends call as the user types; not tied to a workspace, so any
 * authenticated user may call it.
 */
@Path("/api/v1/networks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Networks")
@SecurityRequirement(name = "SecurityScheme")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class NetworkResource {

    private static final String NETWORK_DESCRIPTION = "X, LINKEDIN, FACEBOOK, INSTAGRAM, THREADS, MASTODON, BLUESKY, "
            + "TIKTOK, YOUTUBE or PINTEREST, in any case";

    private static final String VALIDATE_EXAMPLE = """
            {"text":"Join our webinar 🎉 https://example.com/webinar #webinar",
             "firstComment":"Slides: https://example.com/slides",
             "media":[{"type":"image/png","sizeBytes":123456,"width":1080,"height":1080,"durationSeconds":null}],
             "options":{"maxCharacters":500}}""";

    private static final String REPORT_EXAMPLE = """
            {"network":"BLUESKY","valid":false,
             "violations":[{"code":"TEXT_TOO_LONG","severity":"ERROR",
               "message":"Text is 301 characters (grapheme clusters); Bluesky allows at most 300",
               "limit":300,"actual":301,"field":"text","unit":"graphemes","range":{"start":300,"end":301}}],
             "counts":{"text":{"graphemes":301,"utf8Bytes":301},"media":{"items":0}}}""";

    private final NetworkCatalog catalog;
    private final NetworkValidator validator;

    public NetworkResource(NetworkCatalog catalog, NetworkValidator validator) {
        this.catalog = catalog;
        this.validator = validator;
    }

    @GET
    @Operation(summary = "Every network's rules: text limits and how each counts, hashtag limits, media rules, sources")
    @APIResponse(responseCode = "200", description = "One rule set per network",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = NetworkRules.class)))
    public Collection<NetworkRules> list() {
        return catalog.all();
    }

    @GET
    @Path("{network}")
    @Operation(summary = "One network's rules")
    @APIResponse(responseCode = "200", description = "The network's rule set",
            content = @Content(schema = @Schema(implementation = NetworkRules.class)))
    @APIResponse(responseCode = "404", description = "Unknown network",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public NetworkRules get(@Parameter(description = NETWORK_DESCRIPTION, example = "bluesky")
            @PathParam("network") String network) {
        return catalog.rules(Network.fromPath(network));
    }

    @POST
    @Path("{network}/validate")
    @Operation(summary = "Check a variant exactly as the network will, without storing anything",
            description = "Returns every violation with a code, a message, the limit, the actual value, the field and, "
                    + "for text, the offending range in UTF-16 code unit indices (start inclusive, end exclusive). "
                    + "options.maxCharacters sets a Mastodon instance's limit; options.maxHashtags an Instagram "
                    + "channel's hashtag limit.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ValidationRequest.class),
            examples = @ExampleObject(name = "post with image", value = VALIDATE_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The report; valid is false when any violation is an ERROR",
            content = @Content(schema = @Schema(implementation = ValidationReport.class),
                    examples = @ExampleObject(name = "301 graphemes on Bluesky", value = REPORT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Body is not valid JSON or breaks a field constraint",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown network",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ValidationReport validate(@Parameter(description = NETWORK_DESCRIPTION, example = "x")
            @PathParam("network") String network, @Valid @NotNull ValidationRequest body) {
        return validator.validate(Network.fromPath(network), body.toDraft());
    }
}
