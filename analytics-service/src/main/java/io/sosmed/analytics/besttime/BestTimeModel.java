package io.sosmed.analytics.besttime;

import java.util.ArrayList;
import java.util.List;

/**
 * Hour-of-week scores by empirical-Bayes shrinkage: a slot's score is its mean rate pulled towards a prior in
 * proportion to how few posts it has, {@code (sum + k * prior) / (n + k)}. With at least {@code minSamples} posts
 * on the channel, the channel's slots are shrunk towards the network's slot means; otherwise the network's slots
 * are used, shrunk towards the network's overall mean.
 */
public record BestTimeModel(int minSamples, double priorStrength) {

    public static final int DAYS = 7;
    public static final int HOURS = 24;

    /** The scores and their source. */
    public record Result(BestTimeSource source, int channelSamples, int networkSamples, List<Slot> slots) {

        /** The {@code count} best slots, best first. */
        public List<Slot> best(int count) {
            return slots.stream().sorted(java.util.Comparator.comparingDouble(Slot::score).reversed()
                    .thenComparingInt(Slot::dayOfWeek).thenComparingInt(Slot::hour)).limit(count).toList();
        }
    }

    public Result compute(List<RateSample> channel, List<RateSample> network) {
        Grid networkGrid = Grid.of(network);
        double networkMean = networkGrid.mean();
        double[][] networkSlotMeans = new double[DAYS][HOURS];
        for (int d = 0; d < DAYS; d++) {
            for (int h = 0; h < HOURS; h++) {
                networkSlotMeans[d][h] = networkGrid.shrunk(d, h, networkMean, priorStrength);
            }
        }
        List<Slot> slots = new ArrayList<>(DAYS * HOURS);
        if (channel.size() >= minSamples) {
            Grid channelGrid = Grid.of(channel);
            double[][] priors = network.isEmpty() ? uniform(channelGrid.mean()) : networkSlotMeans;
            for (int d = 0; d < DAYS; d++) {
                for (int h = 0; h < HOURS; h++) {
                    slots.add(new Slot(d + 1, h, channelGrid.shrunk(d, h, priors[d][h], priorStrength),
                            channelGrid.count[d][h]));
                }
            }
            return new Result(BestTimeSource.CHANNEL, channel.size(), network.size(), slots);
        }
        for (int d = 0; d < DAYS; d++) {
            for (int h = 0; h < HOURS; h++) {
                slots.add(new Slot(d + 1, h, networkSlotMeans[d][h], networkGrid.count[d][h]));
            }
        }
        return new Result(BestTimeSource.NETWORK, channel.size(), network.size(), slots);
    }

    private static double[][] uniform(double value) {
        double[][] grid = new double[DAYS][HOURS];
        for (double[] row : grid) {
            java.util.Arrays.fill(row, value);
        }
        return grid;
    }

    /** Sums and counts per slot. */
    private static final class Grid {
        final double[][] sum = new double[DAYS][HOURS];
        final int[][] count = new int[DAYS][HOURS];
        double total;
        int n;

        static Grid of(List<RateSample> samples) {
            Grid grid = new Grid();
            for (RateSample s : samples) {
                grid.sum[s.dayOfWeek() - 1][s.hour()] += s.rate();
                grid.count[s.dayOfWeek() - 1][s.hour()]++;
                grid.total += s.rate();
                grid.n++;
            }
            return grid;
        }

        double mean() {
            return n == 0 ? 0 : total / n;
        }

        double shrunk(int day, int hour, double prior, double k) {
            return (sum[day][hour] + k * prior) / (count[day][hour] + k);
        }
    }
}
