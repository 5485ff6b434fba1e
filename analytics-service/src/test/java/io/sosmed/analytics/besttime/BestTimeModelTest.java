package io.sosmed.analytics.besttime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BestTimeModelTest {

    private static final BestTimeModel MODEL = new BestTimeModel(4, 5);

    private static List<RateSample> repeat(int times, RateSample sample) {
        List<RateSample> samples = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            samples.add(sample);
        }
        return samples;
    }

    private static Slot slot(BestTimeModel.Result result, int day, int hour) {
        return result.slots().stream().filter(s -> s.dayOfWeek() == day && s.hour() == hour).findFirst().orElseThrow();
    }

    @Test
    void aNewChannelFallsBackToTheNetworkShrunkTowardsTheNetworkMean() {
        List<RateSample> network = new ArrayList<>(repeat(5, new RateSample(2, 9, 0.10)));
        network.addAll(repeat(5, new RateSample(5, 17, 0.02)));

        BestTimeModel.Result result = MODEL.compute(List.of(new RateSample(1, 8, 0.5)), network);

        assertThat(result.source()).isEqualTo(BestTimeSource.NETWORK);
        assertThat(result.channelSamples()).isEqualTo(1);
        assertThat(result.slots()).hasSize(168);
        double mean = 0.06;
        assertThat(slot(result, 2, 9).score()).isCloseTo((0.5 + 5 * mean) / 10, within(1e-12));
        assertThat(slot(result, 2, 9).samples()).isEqualTo(5);
        assertThat(slot(result, 3, 3).score()).isCloseTo(mean, within(1e-12));
        assertThat(result.best(1).get(0)).extracting(Slot::dayOfWeek, Slot::hour).containsExactly(2, 9);
    }

    @Test
    void aChannelWithEnoughHistoryUsesItsOwnSlotsShrunkTowardsTheNetworkSlot() {
        List<RateSample> channel = new ArrayList<>(repeat(3, new RateSample(4, 20, 0.30)));
        channel.add(new RateSample(2, 9, 0.01));
        List<RateSample> network = repeat(10, new RateSample(2, 9, 0.10));

        BestTimeModel.Result result = MODEL.compute(channel, network);

        assertThat(result.source()).isEqualTo(BestTimeSource.CHANNEL);
        double networkMean = 0.10;
        assertThat(slot(result, 4, 20).score()).isCloseTo((0.9 + 5 * networkMean) / 8, within(1e-12));
        double networkSlot = (1.0 + 5 * networkMean) / 15;
        assertThat(slot(result, 2, 9).score()).isCloseTo((0.01 + 5 * networkSlot) / 6, within(1e-12));
        assertThat(result.best(1).get(0)).extracting(Slot::dayOfWeek, Slot::hour).containsExactly(4, 20);
    }

    @Test
    void oneLuckyPostDoesNotOutrankASlotWithSteadyEvidence() {
        List<RateSample> channel = new ArrayList<>(repeat(10, new RateSample(3, 12, 0.08)));
        channel.add(new RateSample(6, 23, 0.20));

        BestTimeModel.Result result = MODEL.compute(channel, repeat(20, new RateSample(1, 1, 0.03)));

        assertThat(result.best(1).get(0)).extracting(Slot::dayOfWeek, Slot::hour).containsExactly(3, 12);
    }
}
