package io.sosmed.analytics.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.internal.chartpart.Chart;

/** The overview report as CSV (one row per group) and as charts (bars per group, or the daily timeline). */
@ApplicationScoped
public class OverviewFormats {

    /** Which chart of the overview to draw. */
    public enum ChartKind {
        GROUPS, TIMELINE;

        static ChartKind parse(String value) {
            if (value == null || value.isBlank()) {
                return GROUPS;
            }
            for (ChartKind kind : values()) {
                if (kind.name().equalsIgnoreCase(value.trim())) {
                    return kind;
                }
            }
            throw io.sosmed.analytics.Window.invalid("chart", "one of groups, timeline");
        }
    }

    private final Charts charts;

    public OverviewFormats(Charts charts) {
        this.charts = charts;
    }

    public String csv(OverviewReport report) {
        List<List<?>> rows = new ArrayList<>();
        for (OverviewReport.Group group : report.groups()) {
            Totals t = group.totals();
            rows.add(List.of(report.groupBy().name().toLowerCase(Locale.ROOT), group.key(), group.label(), t.posts(),
                    t.impressions(), t.engagements(), t.linkClicks(), number(t.engagementRate()),
                    number(t.clickThroughRate())));
        }
        return Csv.write(List.of("groupBy", "key", "label", "posts", "impressions", "engagements", "linkClicks",
                "engagementRate", "clickThroughRate"), rows);
    }

    public Chart<?, ?> chart(OverviewReport report, ChartKind kind) {
        if (kind == ChartKind.TIMELINE) {
            List<Date> days = report.volume().stream()
                    .map(d -> Date.from(d.date().atStartOfDay(java.time.ZoneId.of(report.zone())).toInstant())).toList();
            Map<String, List<Date>> xs = new LinkedHashMap<>();
            Map<String, List<? extends Number>> ys = new LinkedHashMap<>();
            xs.put("Posts published", days);
            ys.put("Posts published", report.volume().stream().map(OverviewReport.DayVolume::posts).toList());
            xs.put("Engagements", days);
            ys.put("Engagements", report.volume().stream().map(OverviewReport.DayVolume::engagements).toList());
            return charts.lines("Posting volume vs engagement", "count", xs, ys);
        }
        List<String> labels = report.groups().stream().map(OverviewReport.Group::label).toList();
        List<Double> rates = report.groups().stream()
                .map(g -> g.totals().engagementRate() == null ? 0.0 : g.totals().engagementRate() * 100).toList();
        return charts.bars("Engagement rate by " + report.groupBy().name().toLowerCase(Locale.ROOT),
                "engagement rate %", labels, rates);
    }

    private static Object number(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.6f", value);
    }
}
