package io.sosmed.schedule.calendar;

import io.sosmed.platform.problem.ProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public ICS feeds: the secret in the path is the only credential, as calendar apps cannot send tokens. */
@Path(IcsResource.PATH)
@Tag(name = "Calendar")
public class IcsResource {

    static final String PATH = "/ics";

    private final CalendarFeedService feeds;

    public IcsResource(CalendarFeedService feeds) {
        this.feeds = feeds;
    }

    @GET
    @Path("{secret}.ics")
    @Produces("text/calendar")
    @Operation(summary = "A workspace's publishing calendar as iCalendar, for Google Calendar or Outlook subscriptions")
    public Response feed(@PathParam("secret") String secret) {
        String ics = feeds.ics(secret).orElseThrow(() -> new ProblemException(404, "not-found", "Feed not found",
                "No calendar feed has this address (it may have been rotated)"));
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(300);
        return Response.ok(ics, "text/calendar; charset=utf-8").cacheControl(cache).build();
    }
}
