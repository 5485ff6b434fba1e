package io.sosmed.analytics.link;

import io.sosmed.platform.problem.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public side of short links: no token, outside {@code /api/v1/workspaces/...} so the workspace filter does not
 * apply. Known codes answer 302 to their stored destination; anything else is 404, never a redirect.
 */
@Path("/l/{code}")
@Tag(name = "Links")
@PermitAll
public class RedirectResource {

    private final Links links;

    public RedirectResource(Links links) {
        this.links = links;
    }

    @GET
    @Operation(summary = "Follow a short link: 302 to its destination, the click recorded")
    public Response follow(@PathParam("code") String code, @HeaderParam(HttpHeaders.USER_AGENT) String userAgent,
            @HeaderParam("Referer") String referrer) {
        return links.follow(code, userAgent, referrer)
                .map(redirect -> Response.status(Response.Status.FOUND).location(URI.create(redirect.location()))
                        .header(HttpHeaders.CACHE_CONTROL, "no-store").build())
                .orElseThrow(() -> new ProblemException(404, "not-found", "Link not found", "No short link has this code"));
    }
}
