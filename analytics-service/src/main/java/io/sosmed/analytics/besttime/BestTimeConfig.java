package io.sosmed.analytics.besttime;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How best times are computed and announced. */
@ConfigMapping(prefix = "sosmed.best-times")
public interface BestTimeConfig {

    /** Measured posts a channel needs before its own history is used instead of its network's. */
    @WithDefault("12")
    int minSamples();

    /** Pseudo-count k of the shrinkage: how many posts' worth of weight the prior gets in each slot. */
    @WithDefault("5")
    double priorStrength();

    /** How many of the most recent measured posts (per channel, and per network) the scores rest on. */
    @WithDefault("1000")
    int sampleLimit();

    /** How often channels with new metrics are recomputed (the debounce of best-times.updated). */
    @WithDefault("5m")
    String refreshEvery();
}
