package io.sosmed.schedule.planning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns variant counts per pillar into shares compared with the target mix (pure, so it is unit-tested alone). */
final class MixCalculator {

    private MixCalculator() {
    }

    /**
     * @param targets the workspace's pillar set, in its order
     * @param counts variants per pillar key; the null key counts variants of posts without a pillar
     */
    static Result shares(List<PillarTarget> targets, Map<String, Long> counts) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Long> remaining = new LinkedHashMap<>(counts);
        long unassigned = remaining.getOrDefault(null, 0L);
        remaining.remove(null);
        List<PillarMixReport.Share> shares = new ArrayList<>();
        for (PillarTarget target : targets) {
            long count = remaining.getOrDefault(target.key(), 0L);
            remaining.remove(target.key());
            shares.add(share(target.key(), target.name(), target.targetPercent(), count, total));
        }
        remaining.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> shares.add(share(e.getKey(), null, null, e.getValue(), total)));
        return new Result(total, shares, new PillarMixReport.Unassigned(unassigned, percent(unassigned, total)));
    }

    /** The shares and what they are shares of. */
    record Result(long total, List<PillarMixReport.Share> pillars, PillarMixReport.Unassigned unassigned) {
    }

    private static PillarMixReport.Share share(String key, String name, Integer target, long count, long total) {
        double share = percent(count, total);
        Double difference = target == null ? null : oneDecimal(share - target);
        return new PillarMixReport.Share(key, name, count, share, target, difference);
    }

    static double percent(long part, long whole) {
        return whole == 0 ? 0.0 : oneDecimal(part * 100.0 / whole);
    }

    private static double oneDecimal(double value) {
        return Math.round(value * 10.0) / 10.0;
    }
}
