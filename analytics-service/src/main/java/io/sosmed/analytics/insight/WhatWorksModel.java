package io.sosmed.analytics.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * Ordinary least squares of ln(engagement rate) on post features (commons-math3), so each coefficient reads as a
 * multiplier of the rate. Categories (network, daypart, media type, pillar) become dummies against their most common
 * level; counts (text length per 100 characters, emoji, hashtags) enter linearly; link and weekend are yes/no.
 * Features that do not vary, and category levels seen fewer than {@link #MIN_LEVEL} times, are left out. With fewer
 * than {@link #MIN_OBSERVATIONS} posts, or fewer than {@link #OBSERVATIONS_PER_PARAMETER} per parameter, nothing is
 * claimed.
 */
public final class WhatWorksModel {

    public static final int MIN_OBSERVATIONS = 30;
    public static final int OBSERVATIONS_PER_PARAMETER = 5;
    static final int MIN_LEVEL = 5;
    static final double ALPHA = 0.05;

    private WhatWorksModel() {
    }

    /** A design-matrix column. */
    private record Column(String feature, String level, String baseline, boolean count,
            Function<Observation, Double> value) {
    }

    /** The fitted effects, or why there are none. */
    public record Fit(int n, boolean enoughData, String message, Double rSquared, List<WhatWorksReport.Effect> effects) {
    }

    public static Fit fit(List<Observation> observations) {
        int n = observations.size();
        if (n < MIN_OBSERVATIONS) {
            return new Fit(n, false, "Not enough data: " + n + " measured posts, at least " + MIN_OBSERVATIONS
                    + " are needed before anything can be said.", null, List.of());
        }
        List<Column> columns = new ArrayList<>();
        categorical(columns, observations, "network", Observation::network);
        categorical(columns, observations, "time of day", o -> daypart(o.hour()));
        categorical(columns, observations, "media type", Observation::mediaType);
        categorical(columns, observations, "pillar", o -> o.pillar() == null ? "(none)" : o.pillar());
        binary(columns, observations, "weekend", o -> o.weekday() >= 6);
        binary(columns, observations, "link", Observation::linkPresent);
        count(columns, observations, "text length (per 100 characters)", o -> o.textLength() / 100.0);
        count(columns, observations, "emoji", o -> (double) o.emojiCount());
        count(columns, observations, "hashtags", o -> (double) o.hashtagCount());
        int parameters = columns.size() + 1;
        if (columns.isEmpty()) {
            return new Fit(n, false, "The posts do not differ in any feature this analysis looks at.", null, List.of());
        }
        if (n < OBSERVATIONS_PER_PARAMETER * parameters) {
            return new Fit(n, false, "Not enough data: " + n + " measured posts for " + parameters
                    + " parameters; at least " + OBSERVATIONS_PER_PARAMETER * parameters + " are needed.", null, List.of());
        }
        double[] y = new double[n];
        double[][] x = new double[n][columns.size()];
        for (int i = 0; i < n; i++) {
            Observation o = observations.get(i);
            y[i] = Math.log((o.engagements() + 0.5) / (o.denominator() + 0.5));
            for (int j = 0; j < columns.size(); j++) {
                x[i][j] = columns.get(j).value().apply(o);
            }
        }
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.newSampleData(y, x);
        double[] beta;
        double[] se;
        double rSquared;
        try {
            beta = ols.estimateRegressionParameters();
            se = ols.estimateRegressionParametersStandardErrors();
            rSquared = ols.calculateRSquared();
        } catch (SingularMatrixException e) {
            return new Fit(n, false, "The features are too entangled in this data (e.g. every video is also on one "
                    + "network) to separate their effects.", null, List.of());
        }
        TDistribution t = new TDistribution(n - parameters);
        double critical = t.inverseCumulativeProbability(1 - ALPHA / 2);
        List<WhatWorksReport.Effect> effects = new ArrayList<>();
        for (int j = 0; j < columns.size(); j++) {
            Column column = columns.get(j);
            double b = beta[j + 1];
            double s = se[j + 1];
            double p = s == 0 ? 0 : 2 * (1 - t.cumulativeProbability(Math.abs(b / s)));
            int levelN = column.count() ? n
                    : (int) observations.stream().filter(o -> column.value().apply(o) == 1.0).count();
            effects.add(new WhatWorksReport.Effect(column.feature(), column.level(), column.baseline(), b, s,
                    Math.exp(b), Math.exp(b - critical * s), Math.exp(b + critical * s), p, levelN, p < ALPHA));
        }
        return new Fit(n, true, null, rSquared, effects);
    }

    /** Plain-language sentences for the significant effects, strongest first. */
    public static List<String> findings(Fit fit, String network) {
        if (!fit.enoughData()) {
            return List.of(fit.message());
        }
        String prefix = network == null ? "" : "On " + network.charAt(0) + network.substring(1).toLowerCase(Locale.ROOT) + ", ";
        List<String> findings = fit.effects().stream().filter(WhatWorksReport.Effect::significant)
                .sorted(Comparator.comparingDouble((WhatWorksReport.Effect e) -> Math.abs(Math.log(e.ratio()))).reversed())
                .map(e -> prefix + sentence(e, fit.n()))
                .map(s -> Character.toUpperCase(s.charAt(0)) + s.substring(1))
                .toList();
        return findings.isEmpty()
                ? List.of("No feature went with a clear difference in engagement rate in these " + fit.n() + " posts.")
                : findings;
    }

    private static String sentence(WhatWorksReport.Effect e, int n) {
        String interval = String.format(Locale.ROOT, "95%% CI %.2f-%.2f", e.ratioLow(), e.ratioHigh());
        if (e.baseline() == null && e.level() == null) {
            return String.format(Locale.ROOT, "each additional unit of %s goes with %.2fx the engagement rate (%s, n=%d)",
                    e.feature(), e.ratio(), interval, n);
        }
        if (e.baseline() == null) {
            return String.format(Locale.ROOT, "posts with %s get %.2fx the engagement rate of posts without (%s, n=%d)",
                    e.feature(), e.ratio(), interval, e.n());
        }
        return String.format(Locale.ROOT, "posts with %s %s get %.2fx the engagement rate of %s posts (%s, n=%d)",
                e.feature(), e.level().toLowerCase(Locale.ROOT), e.ratio(), e.baseline().toLowerCase(Locale.ROOT),
                interval, e.n());
    }

    static String daypart(int hour) {
        return hour < 6 ? "NIGHT" : hour < 12 ? "MORNING" : hour < 18 ? "AFTERNOON" : "EVENING";
    }

    private static void categorical(List<Column> columns, List<Observation> observations, String feature,
            Function<Observation, String> level) {
        Map<String, Long> counts = observations.stream()
                .collect(Collectors.groupingBy(o -> String.valueOf(level.apply(o)), LinkedHashMap::new, Collectors.counting()));
        if (counts.size() < 2) {
            return;
        }
        String baseline = counts.containsKey("TEXT") && feature.equals("media type") ? "TEXT"
                : counts.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
        counts.entrySet().stream()
                .filter(e -> !e.getKey().equals(baseline) && e.getValue() >= MIN_LEVEL)
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> columns.add(new Column(feature, e.getKey(), baseline, false,
                        o -> e.getKey().equals(String.valueOf(level.apply(o))) ? 1.0 : 0.0)));
    }

    private static void binary(List<Column> columns, List<Observation> observations, String feature,
            java.util.function.Predicate<Observation> has) {
        long with = observations.stream().filter(has).count();
        if (with >= MIN_LEVEL && observations.size() - with >= MIN_LEVEL) {
            columns.add(new Column(feature, "yes", null, false, o -> has.test(o) ? 1.0 : 0.0));
        }
    }

    private static void count(List<Column> columns, List<Observation> observations, String feature,
            Function<Observation, Double> value) {
        if (observations.stream().map(value).distinct().count() > 1) {
            columns.add(new Column(feature, null, null, true, value));
        }
    }
}
