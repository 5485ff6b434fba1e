package io.sosmed.analytics.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExperimentAnalysisTest {

    private static final ExperimentAnalysis.Settings ONE_POINT = ExperimentAnalysis.Settings.DEFAULT;

    @Test
    void clearDifferenceNamesTheWinner() {
        var result = ExperimentAnalysis.analyse(List.of(new Arm("no emoji", 100, 1000), new Arm("emoji", 160, 1000)), ONE_POINT);

        assertThat(result.verdict()).isEqualTo(Verdict.WINNER);
        assertThat(result.leader()).isEqualTo("emoji");
        assertThat(result.difference()).isCloseTo(0.06, within(1e-12));
        assertThat(result.pValue()).isLessThan(0.001);
        assertThat(result.arms()).extracting(ExperimentAnalysis.ArmResult::rate).containsExactly(0.10, 0.16);
        assertThat(result.explanation()).startsWith("emoji wins: 16.00% against 10.00%");
    }

    @Test
    void smallNonSignificantDifferenceNeedsMoreDataAndSaysHowMuch() {
        var result = ExperimentAnalysis.analyse(List.of(new Arm("morning", 100, 1000), new Arm("evening", 110, 1000)), ONE_POINT);

        assertThat(result.verdict()).isEqualTo(Verdict.NOT_ENOUGH_DATA);
        assertThat(result.pValue()).isCloseTo(0.4657, within(0.0001));
        assertThat(result.samplePerArmNeeded()).isEqualTo(14_751);
        assertThat(result.moreTrialsNeeded()).isEqualTo(13_751);
        assertThat(result.leader()).isNull();
    }

    @Test
    void wellPoweredEqualArmsShowNoDifference() {
        var result = ExperimentAnalysis.analyse(List.of(new Arm("a", 2000, 20_000), new Arm("b", 2010, 20_000)), ONE_POINT);

        assertThat(result.verdict()).isEqualTo(Verdict.NO_DIFFERENCE);
        assertThat(result.moreTrialsNeeded()).isZero();
        assertThat(result.differenceInterval().contains(0)).isTrue();
    }

    @Test
    void tinyArmsAreNotJudged() {
        var result = ExperimentAnalysis.analyse(List.of(new Arm("a", 2, 40), new Arm("b", 4, 40)), ONE_POINT);

        assertThat(result.verdict()).isEqualTo(Verdict.NOT_ENOUGH_DATA);
        assertThat(result.pValue()).isNaN();
        assertThat(result.explanation()).contains("Too few successes or failures");
    }

    @Test
    void threeArmsUseChiSquare() {
        var result = ExperimentAnalysis.analyse(List.of(new Arm("a", 120, 1000), new Arm("b", 150, 1000),
                new Arm("c", 100, 1000)), ONE_POINT);

        assertThat(result.pValue()).isCloseTo(0.002858, within(0.000001));
        assertThat(result.verdict()).isEqualTo(Verdict.WINNER);
        assertThat(result.leader()).isEqualTo("b");
    }
}
