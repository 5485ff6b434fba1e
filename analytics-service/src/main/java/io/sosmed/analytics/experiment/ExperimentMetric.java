package io.sosmed.analytics.experiment;

/** The primary metric: engagements per rate denominator, or link clicks per impression. */
public enum ExperimentMetric {
    ENGAGEMENT_RATE, CLICK_THROUGH_RATE
}
