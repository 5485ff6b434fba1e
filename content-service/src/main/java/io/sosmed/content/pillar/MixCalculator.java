package io.sosmed.content.pillar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns post counts per pillar into shares compared with the target mix. */
final class MixCalculator {

    private MixCalculator() {
    }

    /**
     * Every pillar of the library in its order (also those without posts), then pillar keys posts carry that the
     * library no longer has, then posts without a pillar.
     *
     * @param counts posts per pillar key; the null key counts posts without a pillar
     */
    static List<PillarMix.Share> shares(List<ContentPillar> library, Map<String, Long> counts) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Long> remaining = new LinkedHashMap<>(counts);
        List<PillarMix.Share> shares = new ArrayList<>();
        for (ContentPillar pillar : library) {
            long posts = remaining.getOrDefault(pillar.key, 0L);
            remaining.remove(pillar.key);
            shares.add(share(pillar.key, pillar.name, pillar.targetPercent, posts, total));
        }
        Long withoutPillar = remaining.remove(null);
        remaining.forEach((key, posts) -> shares.add(share(key, null, null, posts, total)));
        if (withoutPillar != null && withoutPillar > 0) {
            shares.add(share(null, null, null, withoutPillar, total));
        }
        return shares;
    }

    private static PillarMix.Share share(String key, String name, Integer target, long posts, long total) {
        double actual = total == 0 ? 0.0 : oneDecimal(posts * 100.0 / total);
        Double delta = target == null ? null : oneDecimal(actual - target);
        return new PillarMix.Share(key, name, target, posts, actual, delta);
    }

    private static double oneDecimal(double value) {
        return Math.round(value * 10.0) / 10.0;
    }
}
