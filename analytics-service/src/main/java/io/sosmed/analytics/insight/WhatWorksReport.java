package io.sosmed.analytics.insight;

import java.time.Instant;
import java.util.List;

/**
 * What went with higher or lower engagement rates: a log-linear least-squares fit of the engagement rate on post
 * features. {@code enoughData} false means nothing is claimed; {@code message} says why.
 */
public record WhatWorksReport(Instant from, Instant to, String network, int n, boolean enoughData, String message,
        Double rSquared, List<Effect> effects, List<String> findings) {

    /**
     * One feature's effect as a multiplier of the engagement rate ({@code ratio}, with its 95% interval) against the
     * baseline (for categories) or per unit (for counts); {@code n} posts have the level (or all posts for counts).
     */
    public record Effect(String feature, String level, String baseline, double coefficient, double standardError,
            double ratio, double ratioLow, double ratioHigh, double pValue, int n, boolean significant) {
    }
}
