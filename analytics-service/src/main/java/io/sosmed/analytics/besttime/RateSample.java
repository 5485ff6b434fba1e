package io.sosmed.analytics.besttime;

/** One published variant's engagement rate at its local hour of week (dayOfWeek 1 = Monday ... 7 = Sunday). */
public record RateSample(int dayOfWeek, int hour, double rate) {
}
