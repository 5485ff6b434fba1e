package io.sosmed.analytics.experiment;

/** The honest conclusion of an experiment so far. */
public enum Verdict {
    /** One arm is better, significantly. */
    WINNER,
    /** Enough data to detect the chosen effect, and none was found. */
    NO_DIFFERENCE,
    /** Too few trials to tell either way; keep the experiment running. */
    NOT_ENOUGH_DATA
}
