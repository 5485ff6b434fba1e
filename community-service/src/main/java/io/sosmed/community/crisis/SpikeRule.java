package io.sosmed.community.crisis;

import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * Decides whether the current window's count of negative items is a spike against the baseline windows:
 * at least the minimum count and a z-score at least the policy's (with a flat baseline, any rise above it).
 */
public final class SpikeRule {

    private SpikeRule() {
    }

    /** The baseline and the verdict for one window. */
    public record Verdict(boolean spike, double mean, double standardDeviation, double threshold) {
    }

    public static Verdict judge(long current, long[] baselineWindows, double zScore, int minimumCount) {
        SummaryStatistics statistics = new SummaryStatistics();
        for (long count : baselineWindows) {
            statistics.addValue(count);
        }
        double mean = baselineWindows.length == 0 ? 0 : statistics.getMean();
        double deviation = baselineWindows.length < 2 ? 0 : statistics.getStandardDeviation();
        double threshold = Math.max(minimumCount, mean + zScore * deviation);
        boolean aboveBaseline = deviation == 0 ? current > mean : (current - mean) / deviation >= zScore;
        return new Verdict(current >= minimumCount && aboveBaseline, mean, deviation, threshold);
    }
}
