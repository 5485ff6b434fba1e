package io.sosmed.analytics.report;

import io.sosmed.analytics.Window;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The overview report as JSON, CSV (Accept: text/csv) or chart (Accept: image/png or image/svg+xml). */
@Path("/api/v1/workspaces/{workspaceId}/reports/overview")
@Tag(name = "Reports")
public class OverviewResource {

    private final OverviewReports reports;
    private final OverviewFormats formats;
    private final Charts charts;

    public OverviewResource(OverviewReports reports, OverviewFormats formats, Charts charts) {
        this.reports = reports;
        this.formats = formats;
        this.charts = charts;
    }

    @GET
    @Produces({"application/json", "text/csv", "image/png", "image/svg+xml"})
    @AllowedRoles(WorkspaceRole.ANALYST)
    @Operation(summary = "Totals and rates per group, top and bottom posts, follower growth, volume vs engagement",
            description = "Variants published in [from, to) (ISO instants or dates in zone; default the last 30 days), "
                    + "grouped by channel (default), network, campaign, pillar or tag. Accept: application/json, "
                    + "text/csv (one row per group), image/png or image/svg+xml (chart=groups: bars per group, "
                    + "chart=timeline: posting volume vs engagement per day).")
    public Response overview(@PathParam("workspaceId") String workspaceId, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("groupBy") String groupBy, @QueryParam("zone") String zone,
            @QueryParam("chart") String chart, @Context HttpHeaders headers) {
        Representation representation = Representation.choose(headers);
        OverviewFormats.ChartKind kind = OverviewFormats.ChartKind.parse(chart);
        OverviewReport report = reports.build(workspaceId, Window.parse(from, to, zone), GroupBy.parse(groupBy));
        return representation.respond(() -> report, () -> formats.csv(report),
                () -> charts.encode(formats.chart(report, kind), Charts.PNG),
                () -> charts.encode(formats.chart(report, kind), Charts.SVG));
    }
}
