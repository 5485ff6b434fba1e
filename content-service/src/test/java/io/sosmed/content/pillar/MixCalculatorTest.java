package io.sosmed.content.pillar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MixCalculatorTest {

    @Test
    void sharesCoverEveryPillarThenRetiredKeysThenPostsWithoutPillar() {
        Map<String, Long> counts = new HashMap<>();
        counts.put("education", 2L);
        counts.put("legacy", 1L);
        counts.put(null, 1L);
        counts.put("product", 2L);

        List<PillarMix.Share> shares = MixCalculator.shares(List.of(pillar("education", 40), pillar("product", 20),
                pillar("community", 40)), counts);

        assertThat(shares).containsExactly(
                new PillarMix.Share("education", "Education", 40, 2, 33.3, -6.7),
                new PillarMix.Share("product", "Product", 20, 2, 33.3, 13.3),
                new PillarMix.Share("community", "Community", 40, 0, 0.0, -40.0),
                new PillarMix.Share("legacy", null, null, 1, 16.7, null),
                new PillarMix.Share(null, null, null, 1, 16.7, null));
    }

    @Test
    void noPostsMeansZeroSharesNotDivisionByZero() {
        List<PillarMix.Share> shares = MixCalculator.shares(List.of(pillar("education", 100)), Map.of());

        assertThat(shares).containsExactly(new PillarMix.Share("education", "Education", 100, 0, 0.0, -100.0));
    }

    private static ContentPillar pillar(String key, Integer target) {
        ContentPillar pillar = new ContentPillar();
        pillar.key = key;
        pillar.name = Character.toUpperCase(key.charAt(0)) + key.substring(1);
        pillar.targetPercent = target;
        return pillar;
    }
}
