package io.sosmed.schedule.calendar;

import io.sosmed.platform.security.AllowedRoles;
import io.sosmed.platform.security.AnyMember;
import io.sosmed.platform.security.CurrentMember;
import io.sosmed.platform.security.WorkspaceRole;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The publishing calendar of a workspace, and its ICS feed. */
@Path("/api/v1/workspaces/{workspaceId}/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar")
public class CalendarResource {

    private final CalendarQuery calendar;
    private final CalendarFeedService feeds;
    private final CurrentMember member;

    public CalendarResource(CalendarQuery calendar, CalendarFeedService feeds, CurrentMember member) {
        this.calendar = calendar;
        this.feeds = feeds;
        this.member = member;
    }

    @GET
    @AnyMember
    @Operation(summary = "Publications between two instants (at most 93 days), with the status of each variant")
    public CalendarPage calendar(@PathParam("workspaceId") String workspaceId, @QueryParam("from") Instant from,
            @QueryParam("to") Instant to, @QueryParam("channelId") String channelId, @QueryParam("campaignId") String campaignId) {
        return calendar.between(workspaceId, from, to, channelId, campaignId);
    }

    @POST
    @Path("feed")
    @Consumes(MediaType.WILDCARD)
    @AllowedRoles(WorkspaceRole.PUBLISHER)
    @Operation(summary = "Create or rotate the workspace's ICS feed; the old URL stops working",
            description = "The secret URL is shown once; anyone with it can read the calendar (titles and statuses).")
    public FeedResponse rotateFeed(@PathParam("workspaceId") String workspaceId) {
        String secret = feeds.rotate(workspaceId, member.subject());
        return new FeedResponse(IcsResource.PATH + "/" + secret + ".ics");
    }

    /** Where the feed is, relative to the service's base URL. */
    public record FeedResponse(String path) {
    }
}
