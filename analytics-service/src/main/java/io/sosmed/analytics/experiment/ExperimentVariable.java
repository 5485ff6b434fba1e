package io.sosmed.analytics.experiment;

/** The one thing an experiment's arms differ in. */
public enum ExperimentVariable {
    TIME_OF_DAY, EMOJI_COUNT, HASHTAGS, MEDIA_TYPE, COPY, LINK_PLACEMENT
}
