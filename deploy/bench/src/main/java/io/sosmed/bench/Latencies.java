package io.sosmed.bench;

import java.util.Arrays;

/** Latency samples in nanoseconds and their percentiles (nearest-rank). */
public final class Latencies {

    private long[] samples = new long[1024];
    private int count;

    public synchronized void add(long nanos) {
        if (count == samples.length) {
            samples = Arrays.copyOf(samples, count * 2);
        }
        samples[count++] = nanos;
    }

    public synchronized int count() {
        return count;
    }

    /** The p-th percentile (0-100) in milliseconds, rounded to 0.1 ms. */
    public synchronized double percentileMillis(double p) {
        if (count == 0) {
            throw new IllegalStateException("No samples");
        }
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        long nanos = sorted[Math.max(0, Math.min(count - 1, rank - 1))];
        return Math.round(nanos / 100_000.0) / 10.0;
    }
}
