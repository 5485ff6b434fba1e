package io.sosmed.analytics.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;

/** Draws report charts with XChart, headless, as PNG (slide-sized) or SVG. */
@ApplicationScoped
public class Charts {

    public static final String PNG = "image/png";
    public static final String SVG = "image/svg+xml";
    static final int WIDTH = 1280;
    static final int HEIGHT = 720;

    static {
        System.setProperty("java.awt.headless", "true");
    }

    /** One bar per group. */
    public Chart<?, ?> bars(String title, String yTitle, List<String> labels, List<? extends Number> values) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle("").yAxisTitle(yTitle).build();
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setXAxisLabelRotation(labels.size() > 6 ? 45 : 0);
        chart.getStyler().setChartTitleFont(chart.getStyler().getChartTitleFont().deriveFont(24f));
        if (labels.isEmpty()) {
            chart.addSeries(yTitle, List.of("no data"), List.of(0));
        } else {
            chart.addSeries(yTitle, labels, values);
        }
        return chart;
    }

    /** Time-series lines sharing one time axis. */
    public Chart<?, ?> lines(String title, String yTitle, Map<String, List<Date>> xs, Map<String, List<? extends Number>> ys) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle("")
                .yAxisTitle(yTitle).build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        chart.getStyler().setDatePattern("yyyy-MM-dd");
        chart.getStyler().setChartTitleFont(chart.getStyler().getChartTitleFont().deriveFont(24f));
        boolean any = false;
        for (Map.Entry<String, List<Date>> series : xs.entrySet()) {
            if (!series.getValue().isEmpty()) {
                chart.addSeries(series.getKey(), series.getValue(), ys.get(series.getKey()));
                any = true;
            }
        }
        if (!any) {
            chart.addSeries("no data", new double[] {0}, new double[] {0});
        }
        return chart;
    }

    /** A day-of-week by hour grid; {@code values[day][hour]}, day 0 = Monday. */
    public Chart<?, ?> heatmap(String title, double[][] values) {
        HeatMapChart chart = new HeatMapChartBuilder().width(WIDTH).height(HEIGHT).title(title).build();
        chart.getStyler().setShowValue(false);
        chart.getStyler().setLegendVisible(true);
        List<Integer> hours = java.util.stream.IntStream.range(0, 24).boxed().toList();
        List<String> days = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");
        List<Number[]> cells = new java.util.ArrayList<>();
        for (int day = 0; day < 7; day++) {
            for (int hour = 0; hour < 24; hour++) {
                cells.add(new Number[] {hour, day, values[day][hour] * 100});
            }
        }
        chart.addSeries("Engagement rate %", hours, days, cells);
        return chart;
    }

    public byte[] encode(Chart<?, ?> chart, String mediaType) {
        try {
            if (SVG.equals(mediaType)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
                return out.toByteArray();
            }
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("Chart could not be drawn", e);
        }
    }
}
