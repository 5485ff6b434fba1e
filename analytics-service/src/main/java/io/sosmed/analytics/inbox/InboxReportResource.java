package io.sosmed.analytics.inbox;

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
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Inbox analytics: first-response and resolution times and SLA breach rates. */
@Path("/api/v1/workspaces/{workspaceId}/reports/inbox")
@Tag(name = "Reports")
public class InboxReportResource {

    private final InboxStats stats;
    private final Charts charts;

    public InboxReportResource(InboxStats stats, Charts charts) {
        this.stats = stats;
        this.charts = charts;
    }

    @GET
    @Produces({"application/json", "text/csv", "image/png", "image/svg+xml"})
    @AllowedRoles(WorkspaceRole.ANALYST)
    @Operation(summary = "Conversations closed in [from, to) per agent (default), channel or priority",
            description = "Accept: application/json, text/csv, or image/png / image/svg+xml (breach rate per group).")
    public Response inbox(@PathParam("workspaceId") String workspaceId, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("groupBy") String groupBy, @Context HttpHeaders headers) {
        Representation representation = Representation.choose(headers);
        InboxReport report = stats.report(workspaceId, Window.parse(from, to, null), groupBy);
        return representation.respond(() -> report, () -> csv(report), () -> charts.encode(chart(report), Charts.PNG),
                () -> charts.encode(chart(report), Charts.SVG));
    }

    private org.knowm.xchart.internal.chartpart.Chart<?, ?> chart(InboxReport report) {
        return charts.bars("SLA breach rate by " + report.groupBy(), "breach rate %",
                report.groups().stream().map(InboxReport.Group::key).toList(),
                report.groups().stream().map(g -> g.breachRate() * 100).toList());
    }

    private static String csv(InboxReport report) {
        List<List<?>> rows = report.groups().stream().<List<?>>map(g -> Arrays.asList(g.key(), g.closed(),
                g.averageFirstResponseSeconds(), g.medianFirstResponseSeconds(), g.averageResolutionSeconds(),
                g.medianResolutionSeconds(), g.breached(), g.breachRate())).toList();
        return Csv.write(List.of("key", "closed", "averageFirstResponseSeconds", "medianFirstResponseSeconds",
                "averageResolutionSeconds", "medianResolutionSeconds", "breached", "breachRate"), rows);
    }
}
