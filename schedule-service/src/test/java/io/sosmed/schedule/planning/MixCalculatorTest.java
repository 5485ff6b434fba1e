package io.sosmed.schedule.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MixCalculatorTest {

    private static final List<PillarTarget> TARGETS = List.of(new PillarTarget("education", "Education", 50),
            new PillarTarget("product", "Product", 30), new PillarTarget("promotion", "Promotion", 20),
            new PillarTarget("community", "Community", null));

    @Test
    void sharesFollowTheSetOrderThenUnknownKeysAndCountUnassignedApart() {
        Map<String, Long> counts = new HashMap<>();
        counts.put("education", 2L);
        counts.put("product", 1L);
        counts.put("legacy", 1L);
        counts.put(null, 2L);

        MixCalculator.Result result = MixCalculator.shares(TARGETS, counts);

        assertThat(result.total()).isEqualTo(6);
        assertThat(result.pillars()).containsExactly(
                new PillarMixReport.Share("education", "Education", 2, 33.3, 50, -16.7),
                new PillarMixReport.Share("product", "Product", 1, 16.7, 30, -13.3),
                new PillarMixReport.Share("promotion", "Promotion", 0, 0.0, 20, -20.0),
                new PillarMixReport.Share("community", "Community", 0, 0.0, null, null),
                new PillarMixReport.Share("legacy", null, 1, 16.7, null, null));
        assertThat(result.unassigned()).isEqualTo(new PillarMixReport.Unassigned(2, 33.3));
    }

    @Test
    void nothingPlannedGivesZeroSharesAndTheWholeTargetMissing() {
        MixCalculator.Result result = MixCalculator.shares(TARGETS, Map.of());

        assertThat(result.total()).isZero();
        assertThat(result.pillars()).extracting(PillarMixReport.Share::difference).containsExactly(-50.0, -30.0, -20.0, null);
        assertThat(result.unassigned()).isEqualTo(new PillarMixReport.Unassigned(0, 0.0));
    }

    @Test
    void withoutAnnouncedPillarsEveryKeyIsListedWithoutTarget() {
        MixCalculator.Result result = MixCalculator.shares(List.of(), Map.of("product", 3L, "education", 1L));

        assertThat(result.pillars()).extracting(PillarMixReport.Share::pillar).containsExactly("education", "product");
        assertThat(result.pillars()).extracting(PillarMixReport.Share::share).containsExactly(25.0, 75.0);
        assertThat(result.pillars()).extracting(PillarMixReport.Share::targetShare).containsOnlyNulls();
    }
}
