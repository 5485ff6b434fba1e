package io.sosmed.analytics.experiment;

/**
 * One arm of an experiment measured as a proportion: {@code successes} out of {@code trials}
 * (engagements per impression for engagement rate, clicks per impression for click-through rate).
 */
public record Arm(String name, long successes, long trials) {

    public Arm {
        if (trials < 0 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException("Arm " + name + " needs 0 <= successes <= trials, got "
                    + successes + " of " + trials);
        }
    }

    /** The observed rate; 0 when there are no trials yet. */
    public double rate() {
        return trials == 0 ? 0 : (double) successes / trials;
    }
}
