package io.sosmed.analytics.insight;

import io.sosmed.analytics.Window;
import io.sosmed.platform.security.AllowedRoles;
import io.sosmed.platform.security.WorkspaceRole;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** "What works": which post features went with higher engagement rates. */
@Path("/api/v1/workspaces/{workspaceId}/insights/what-works")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Insights")
public class WhatWorksResource {

    private final WhatWorks whatWorks;

    public WhatWorksResource(WhatWorks whatWorks) {
        this.whatWorks = whatWorks;
    }

    @GET
    @AllowedRoles(WorkspaceRole.ANALYST)
    @Operation(summary = "Effects of hour, weekday, network, text length, emoji, hashtags, media type, link and pillar "
            + "on engagement rate, with 95% intervals and plain-language findings; refuses when data are too few")
    public WhatWorksReport get(@PathParam("workspaceId") String workspaceId, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("network") String network) {
        return whatWorks.analyse(workspaceId, Window.parse(from, to, null), network);
    }
}
