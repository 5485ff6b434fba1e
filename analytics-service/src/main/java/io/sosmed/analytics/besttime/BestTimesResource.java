package io.sosmed.analytics.besttime;

import io.sosmed.analytics.Window;
import io.sosmed.analytics.report.Charts;
import io.sosmed.analytics.report.Csv;
import io.sosmed.analytics.report.Representation;
import io.sosmed.platform.security.AllowedRoles;
import io.sosmed.platform.security.WorkspaceRole;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A channel's best times to post as JSON, CSV or heatmap chart. */
@Path("/api/v1/workspaces/{workspaceId}/reports/best-times")
@Tag(name = "Reports")
public class BestTimesResource {

    private final BestTimes bestTimes;
    private final Charts charts;

    public BestTimesResource(BestTimes bestTimes, Charts charts) {
        this.bestTimes = bestTimes;
        this.charts = charts;
    }

    @GET
    @Produces({"application/json", "text/csv", "image/png", "image/svg+xml"})
    @AllowedRoles(WorkspaceRole.ANALYST)
    @Operation(summary = "Hour-of-week engagement-rate scores in the channel's zone; source says CHANNEL or NETWORK",
            description = "Accept: application/json, text/csv (one row per hour of the week), image/png or "
                    + "image/svg+xml (heatmap).")
    public Response bestTimes(@PathParam("workspaceId") String workspaceId, @QueryParam("channelId") String channelId,
            @Context HttpHeaders headers) {
        Representation representation = Representation.choose(headers);
        if (channelId == null || channelId.isBlank()) {
            throw Window.invalid("channelId", "required");
        }
        BestTimesResponse times = bestTimes.compute(workspaceId, channelId);
        return representation.respond(() -> times, () -> csv(times), () -> heatmap(times, Charts.PNG),
                () -> heatmap(times, Charts.SVG));
    }

    private static String csv(BestTimesResponse times) {
        List<List<?>> rows = times.slots().stream().<List<?>>map(slot -> List.of(slot.dayOfWeek(), slot.hour(),
                String.format(Locale.ROOT, "%.6f", slot.score()), slot.samples(), times.source())).toList();
        return Csv.write(List.of("dayOfWeek", "hour", "score", "samples", "source"), rows);
    }

    private byte[] heatmap(BestTimesResponse times, String mediaType) {
        double[][] grid = new double[BestTimeModel.DAYS][BestTimeModel.HOURS];
        times.slots().forEach(slot -> grid[slot.dayOfWeek() - 1][slot.hour()] = slot.score());
        String title = "Best times for " + times.channelId() + " (" + times.zone() + ", "
                + (times.source() == BestTimeSource.CHANNEL ? "channel history" : "network data") + ")";
        return charts.encode(charts.heatmap(title, grid), mediaType);
    }
}
