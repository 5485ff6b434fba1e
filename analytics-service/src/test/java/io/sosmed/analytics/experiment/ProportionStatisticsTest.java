package io.sosmed.analytics.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The statistics checked against published textbook results. */
class ProportionStatisticsTest {

    /** Physicians' Health Study (Agresti, Categorical Data Analysis, 2nd ed., ch. 2/3): myocardial infarctions. */
    private static final Arm PLACEBO = new Arm("placebo", 189, 11_034);
    private static final Arm ASPIRIN = new Arm("aspirin", 104, 11_037);

    @Test
    void aspirinStudyGivesAgrestisChiSquareOf25point01AndZOfMinus5() {
        ProportionStatistics.ZTest test = ProportionStatistics.twoProportionZTest(PLACEBO, ASPIRIN, 0.95);

        assertThat(ProportionStatistics.chiSquareStatistic(List.of(PLACEBO, ASPIRIN))).isCloseTo(25.01, within(0.01));
        assertThat(test.z()).isCloseTo(-5.00, within(0.01));
        assertThat(test.z() * test.z()).isCloseTo(ProportionStatistics.chiSquareStatistic(List.of(PLACEBO, ASPIRIN)), within(1e-9));
        assertThat(test.pValue()).isCloseTo(5.69e-7, within(0.01e-7));
        assertThat(test.difference()).isCloseTo(104.0 / 11_037 - 189.0 / 11_034, within(1e-12));
        assertThat(test.differenceInterval().contains(test.difference())).isTrue();
        assertThat(test.differenceInterval().high()).isNegative();
    }

    @Test
    void wilsonIntervalMatchesNewcombesExample() {
        Interval interval = ProportionStatistics.wilson(new Arm("newcombe", 81, 263), 0.95);

        assertThat(interval.low()).isCloseTo(0.2553, within(0.0001));
        assertThat(interval.high()).isCloseTo(0.3662, within(0.0001));
    }

    @Test
    void wilsonIntervalStaysInsideZeroAndOne() {
        assertThat(ProportionStatistics.wilson(new Arm("none", 0, 20), 0.95).low()).isZero();
        assertThat(ProportionStatistics.wilson(new Arm("all", 20, 20), 0.95).high()).isEqualTo(1.0);
        assertThat(ProportionStatistics.wilson(new Arm("empty", 0, 0), 0.95)).isEqualTo(new Interval(0, 1));
    }

    @Test
    void sampleSizeForTenVersusFifteenPercentIs686PerArm() {
        assertThat(ProportionStatistics.sampleSizePerArm(0.10, 0.05, 0.95, 0.8)).isEqualTo(686);
        assertThat(ProportionStatistics.sampleSizePerArm(0.10, 0.01, 0.95, 0.8)).isEqualTo(14_751);
    }

    @Test
    void chiSquareOverThreeArmsMatchesPearsonTest() {
        List<Arm> arms = List.of(new Arm("a", 120, 1000), new Arm("b", 150, 1000), new Arm("c", 100, 1000));

        assertThat(ProportionStatistics.chiSquareStatistic(arms)).isCloseTo(11.7151, within(0.0001));
        assertThat(ProportionStatistics.chiSquarePValue(arms)).isCloseTo(0.002858, within(0.000001));
    }

    @Test
    void refusesImpossibleArmsAndEffects() {
        assertThatThrownBy(() -> new Arm("bad", 5, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProportionStatistics.sampleSizePerArm(0.95, 0.1, 0.95, 0.8))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
