package io.sosmed.analytics.besttime;

/** One hour of the week with its smoothed engagement-rate score and how many posts it rests on. */
public record Slot(int dayOfWeek, int hour, double score, int samples) {
}
