package io.sosmed.analytics.conversion;

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
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Leads, opportunities, revenue and ROI per post, channel or campaign. */
@Path("/api/v1/workspaces/{workspaceId}/reports/attribution")
@Tag(name = "Reports")
public class AttributionResource {

    static final int MAX_WINDOW_DAYS = 365;

    private final Attribution attribution;
    private final ConversionConfig config;
    private final Charts charts;

    public AttributionResource(Attribution attribution, ConversionConfig config, Charts charts) {
        this.attribution = attribution;
        this.config = config;
        this.charts = charts;
    }

    @GET
    @Produces({"application/json", "text/csv", "image/png", "image/svg+xml"})
    @AllowedRoles(WorkspaceRole.ANALYST)
    @Operation(summary = "Conversions in [from, to) credited last-touch (default) or linear over windowDays",
            description = "groupBy post, channel or campaign (default). Accept: application/json, text/csv, or "
                    + "image/png / image/svg+xml (bars of leads per group).")
    public Response attribution(@PathParam("workspaceId") String workspaceId, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("groupBy") String groupBy, @QueryParam("model") String model,
            @QueryParam("windowDays") Integer windowDays, @Context HttpHeaders headers) {
        Representation representation = Representation.choose(headers);
        if (windowDays != null && (windowDays < 1 || windowDays > MAX_WINDOW_DAYS)) {
            throw Window.invalid("windowDays", "between 1 and " + MAX_WINDOW_DAYS);
        }
        Duration window = windowDays == null ? config.attributionWindow() : Duration.ofDays(windowDays);
        AttributionReport report = attribution.report(workspaceId, Window.parse(from, to, null), groupBy,
                AttributionModel.parse(model), window);
        return representation.respond(() -> report, () -> csv(report),
                () -> charts.encode(chart(report), Charts.PNG), () -> charts.encode(chart(report), Charts.SVG));
    }

    private org.knowm.xchart.internal.chartpart.Chart<?, ?> chart(AttributionReport report) {
        return charts.bars("Leads by " + report.groupBy(), "leads",
                report.groups().stream().map(AttributionReport.Group::label).toList(),
                report.groups().stream().map(AttributionReport.Group::leads).toList());
    }

    private static String csv(AttributionReport report) {
        List<List<?>> rows = report.groups().stream().<List<?>>map(g -> java.util.Arrays.asList(g.key(), g.label(),
                g.leads(), g.opportunities(), g.deals(),
                g.revenue().stream().map(a -> a.amount() + " " + a.currency()).collect(Collectors.joining("; ")),
                g.budget(), g.budgetCurrency(), g.roi())).toList();
        return Csv.write(List.of("key", "label", "leads", "opportunities", "deals", "revenue", "budget",
                "budgetCurrency", "roi"), rows);
    }
}
