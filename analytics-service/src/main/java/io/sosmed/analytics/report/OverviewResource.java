package io.sosmed.analytics.report;

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

/** The overview report as JSON, CSV (Accept: text/csv) or chart (Accept: image/png or image/svg+xml). */
@Path("/api/v1/workspaces/{workspaceId}/reports/overview")
@Tag(name = "Reports")
@AllowedRoles(WorkspaceRole.ANALYST)
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
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Totals and rates per group, top and bottom posts, follower growth, volume vs engagement",
            description = "Variants published in [from, to) (ISO instants or dates in zone; default the last 30 days), "
                    + "grouped by channel (default), network, campaign, pillar or tag.")
    public OverviewReport json(@PathParam("workspaceId") String workspaceId, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("groupBy") String groupBy, @QueryParam("zone") String zone) {
        return reports.build(workspaceId, Window.parse(from, to, zone), GroupBy.parse(groupBy));
    }

    @GET
    @Produces(Csv.MEDIA_TYPE)
    @Operation(summary = "The overview's groups as CSV, one row per group")
    public String csv(@PathParam("workspaceId") String workspaceId, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("groupBy") String groupBy, @QueryParam("zone") String zone) {
        return formats.csv(json(workspaceId, from, to, groupBy, zone));
    }

    @GET
    @Produces(Charts.PNG)
    @Operation(summary = "The overview as a PNG chart: chart=groups (bars per group, default) or timeline")
    public byte[] png(@PathParam("workspaceId") String workspaceId, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("groupBy") String groupBy, @QueryParam("zone") String zone,
            @QueryParam("chart") String chart) {
        return draw(workspaceId, from, to, groupBy, zone, chart, Charts.PNG);
    }

    @GET
    @Produces(Charts.SVG)
    @Operation(summary = "The overview as an SVG chart: chart=groups (bars per group, default) or timeline")
    public byte[] svg(@PathParam("workspaceId") String workspaceId, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("groupBy") String groupBy, @QueryParam("zone") String zone,
            @QueryParam("chart") String chart) {
        return draw(workspaceId, from, to, groupBy, zone, chart, Charts.SVG);
    }

    private byte[] draw(String workspaceId, String from, String to, String groupBy, String zone, String chart,
            String mediaType) {
        OverviewFormats.ChartKind kind = OverviewFormats.ChartKind.parse(chart);
        return charts.encode(formats.chart(json(workspaceId, from, to, groupBy, zone), kind), mediaType);
    }
}
