package io.sosmed.analytics.experiment;

import java.util.Comparator;
import java.util.List;

/**
 * Compares the arms of an A/B experiment on one proportion metric and reaches a verdict: a winner only
 * when the difference is significant, "no difference" only when the experiment had the power to see
 * the minimum effect the team cares about, and otherwise "not enough data yet" with how much more is needed.
 */
public final class ExperimentAnalysis {

    /** Arms with fewer expected successes or failures than this make the normal approximation unreliable. */
    static final int MIN_EXPECTED_COUNT = 5;

    private ExperimentAnalysis() {
    }

    /** Settings of an analysis: confidence level, power and the smallest absolute effect worth detecting. */
    public record Settings(double confidence, double power, double minimumEffect) {

        public static final Settings DEFAULT = new Settings(0.95, 0.8, 0.01);
    }

    /** One arm's rate and Wilson interval. */
    public record ArmResult(String name, long successes, long trials, double rate, Interval interval) {
    }

    /**
     * The outcome. {@code difference}, {@code z} and the difference interval compare the best arm with the
     * control (the first arm); {@code pValue} is the z-test's for two arms and the chi-square test's for more.
     */
    public record Result(List<ArmResult> arms, String leader, double difference, Interval differenceInterval,
            double pValue, long samplePerArmNeeded, long moreTrialsNeeded, Verdict verdict, String explanation) {
    }

    public static Result analyse(List<Arm> arms, Settings settings) {
        if (arms.size() < 2) {
            throw new IllegalArgumentException("An experiment needs at least two arms");
        }
        List<ArmResult> armResults = arms.stream()
                .map(arm -> new ArmResult(arm.name(), arm.successes(), arm.trials(), arm.rate(),
                        ProportionStatistics.wilson(arm, settings.confidence())))
                .toList();
        Arm control = arms.get(0);
        Arm leader = arms.stream().max(Comparator.comparingDouble(Arm::rate)).orElseThrow();
        Arm challenger = leader == control ? arms.get(1) : leader;
        long needed = neededPerArm(control, settings);
        long fewest = arms.stream().mapToLong(Arm::trials).min().orElse(0);
        long more = Math.max(0, needed - fewest);

        if (!approximationHolds(arms)) {
            return new Result(armResults, null, challenger.rate() - control.rate(), null, Double.NaN, needed, more,
                    Verdict.NOT_ENOUGH_DATA, "Too few successes or failures in some arm for a reliable test; "
                            + "about " + needed + " trials per arm are needed to detect a difference of "
                            + percent(settings.minimumEffect()) + ".");
        }
        ProportionStatistics.ZTest test = ProportionStatistics.twoProportionZTest(control, challenger, settings.confidence());
        double pValue = arms.size() == 2 ? test.pValue() : ProportionStatistics.chiSquarePValue(arms);
        double alpha = 1 - settings.confidence();
        if (pValue < alpha) {
            return new Result(armResults, leader.name(), test.difference(), test.differenceInterval(), pValue, needed, 0,
                    Verdict.WINNER, leader.name() + " wins: " + percent(leader.rate()) + " against "
                            + percent(leader == control ? challenger.rate() : control.rate()) + " (p = " + round(pValue) + ").");
        }
        if (fewest >= needed) {
            return new Result(armResults, null, test.difference(), test.differenceInterval(), pValue, needed, 0,
                    Verdict.NO_DIFFERENCE, "No significant difference (p = " + round(pValue) + ") with enough data to see one of "
                            + percent(settings.minimumEffect()) + " or more.");
        }
        return new Result(armResults, null, test.difference(), test.differenceInterval(), pValue, needed, more,
                Verdict.NOT_ENOUGH_DATA, "Not significant yet (p = " + round(pValue) + "); about " + more
                        + " more trials per arm are needed to detect a difference of " + percent(settings.minimumEffect()) + ".");
    }

    private static long neededPerArm(Arm control, Settings settings) {
        double baseline = Math.min(Math.max(control.rate(), 0.001), 0.999 - settings.minimumEffect());
        return ProportionStatistics.sampleSizePerArm(baseline, settings.minimumEffect(), settings.confidence(), settings.power());
    }

    private static boolean approximationHolds(List<Arm> arms) {
        long successes = arms.stream().mapToLong(Arm::successes).sum();
        long trials = arms.stream().mapToLong(Arm::trials).sum();
        if (trials == 0) {
            return false;
        }
        double pooled = (double) successes / trials;
        return arms.stream().allMatch(arm -> arm.trials() * pooled >= MIN_EXPECTED_COUNT
                && arm.trials() * (1 - pooled) >= MIN_EXPECTED_COUNT);
    }

    private static String percent(double rate) {
        return String.format(java.util.Locale.ROOT, "%.2f%%", rate * 100);
    }

    private static String round(double value) {
        return value < 0.0001 ? "< 0.0001" : String.format(java.util.Locale.ROOT, "%.4f", value);
    }
}
