package io.sosmed.community.crisis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SpikeRuleTest {

    private static final double Z = 3.0;
    private static final int MINIMUM = 10;

    @Test
    void burstFarAboveANoisyBaselineIsASpike() {
        long[] week = new long[672];
        for (int i = 0; i < week.length; i++) {
            week[i] = i % 2 == 0 ? 1 : 3; // mean 2, standard deviation ~1
        }
        SpikeRule.Verdict verdict = SpikeRule.judge(12, week, Z, MINIMUM);
        assertThat(verdict.spike()).isTrue();
        assertThat(verdict.mean()).isEqualTo(2.0);
        assertThat(verdict.standardDeviation()).isBetween(0.99, 1.01);
        assertThat(verdict.threshold()).isEqualTo(MINIMUM);
    }

    @Test
    void usualBusyWindowIsNotASpike() {
        long[] week = new long[672];
        for (int i = 0; i < week.length; i++) {
            week[i] = i % 4 == 0 ? 30 : 10; // busy hours are normal here
        }
        SpikeRule.Verdict verdict = SpikeRule.judge(30, week, Z, MINIMUM);
        assertThat(verdict.spike()).isFalse();
        assertThat(verdict.threshold()).isGreaterThan(30);
    }

    @Test
    void belowTheMinimumCountIsNeverASpike() {
        SpikeRule.Verdict verdict = SpikeRule.judge(9, new long[672], Z, MINIMUM);
        assertThat(verdict.spike()).isFalse();
    }

    @Test
    void flatBaselineTakesAnyRiseFromTheMinimumCount() {
        long[] quiet = new long[672];
        Arrays.fill(quiet, 0);
        assertThat(SpikeRule.judge(10, quiet, Z, MINIMUM).spike()).isTrue();
        long[] steady = new long[672];
        Arrays.fill(steady, 12);
        assertThat(SpikeRule.judge(12, steady, Z, MINIMUM).spike()).isFalse();
        assertThat(SpikeRule.judge(13, steady, Z, MINIMUM).spike()).isTrue();
    }
}
