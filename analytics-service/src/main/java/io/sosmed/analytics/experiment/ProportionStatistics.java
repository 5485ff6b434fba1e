package io.sosmed.analytics.experiment;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.inference.ChiSquareTest;

/**
 * The textbook statistics of comparing proportions: Wilson score intervals per arm, the two-proportion
 * z-test (pooled) with a Wald interval for the difference, Pearson's chi-square test for two or more arms,
 * and the sample size per arm needed to detect a given absolute difference.
 */
public final class ProportionStatistics {

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

    private ProportionStatistics() {
    }

    /** Wilson score interval (Newcombe 1998, method 3): well-behaved for small samples and rates near 0 or 1. */
    public static Interval wilson(Arm arm, double confidence) {
        if (arm.trials() == 0) {
            return new Interval(0, 1);
        }
        double z = criticalValue(confidence);
        double n = arm.trials();
        double p = arm.rate();
        double z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double halfWidth = z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
        return new Interval(Math.max(0, centre - halfWidth), Math.min(1, centre + halfWidth));
    }

    /** Two-sided pooled two-proportion z-test of {@code b} against {@code a}; z is positive when b's rate is higher. */
    public static ZTest twoProportionZTest(Arm a, Arm b, double confidence) {
        double pooled = (double) (a.successes() + b.successes()) / (a.trials() + b.trials());
        double standardError = Math.sqrt(pooled * (1 - pooled) * (1.0 / a.trials() + 1.0 / b.trials()));
        double difference = b.rate() - a.rate();
        double z = standardError == 0 ? 0 : difference / standardError;
        double pValue = 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(z));
        double unpooledError = Math.sqrt(a.rate() * (1 - a.rate()) / a.trials() + b.rate() * (1 - b.rate()) / b.trials());
        double margin = criticalValue(confidence) * unpooledError;
        return new ZTest(difference, new Interval(difference - margin, difference + margin), z, pValue);
    }

    /** Result of {@link #twoProportionZTest}. */
    public record ZTest(double difference, Interval differenceInterval, double z, double pValue) {
    }

    /** Pearson's chi-square test of independence (no continuity correction) over the arms' success/failure table. */
    public static double chiSquarePValue(java.util.List<Arm> arms) {
        long[][] table = arms.stream()
                .map(arm -> new long[] {arm.successes(), arm.trials() - arm.successes()})
                .toArray(long[][]::new);
        return new ChiSquareTest().chiSquareTest(table);
    }

    /** Pearson's chi-square statistic of the same table. */
    public static double chiSquareStatistic(java.util.List<Arm> arms) {
        long[][] table = arms.stream()
                .map(arm -> new long[] {arm.successes(), arm.trials() - arm.successes()})
                .toArray(long[][]::new);
        return new ChiSquareTest().chiSquare(table);
    }

    /**
     * Trials needed per arm for a two-sided test at {@code 1 - confidence} significance to detect the
     * difference between {@code baseline} and {@code baseline + effect} with the given power (Fleiss,
     * without continuity correction), rounded up.
     */
    public static long sampleSizePerArm(double baseline, double effect, double confidence, double power) {
        double p1 = baseline;
        double p2 = baseline + effect;
        if (effect == 0 || p2 <= 0 || p2 >= 1) {
            throw new IllegalArgumentException("baseline + effect must stay strictly between 0 and 1 and effect must not be 0");
        }
        double mean = (p1 + p2) / 2;
        double zAlpha = criticalValue(confidence);
        double zBeta = STANDARD_NORMAL.inverseCumulativeProbability(power);
        double numerator = zAlpha * Math.sqrt(2 * mean * (1 - mean)) + zBeta * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
        return (long) Math.ceil(numerator * numerator / (effect * effect));
    }

    private static double criticalValue(double confidence) {
        if (confidence <= 0 || confidence >= 1) {
            throw new IllegalArgumentException("confidence must be between 0 and 1, got " + confidence);
        }
        return STANDARD_NORMAL.inverseCumulativeProbability(1 - (1 - confidence) / 2);
    }
}
