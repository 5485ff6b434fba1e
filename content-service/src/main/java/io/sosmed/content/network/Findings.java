package io.sosmed.content.network;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the checks found for one draft: violations in order, and the counts per field and unit. */
final class Findings {

    private final List<Violation> violations = new ArrayList<>();
    private final Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();

    void add(Violation violation) {
        violations.add(violation);
    }

    void count(String field, String unit, int value) {
        counts.computeIfAbsent(field, ignored -> new LinkedHashMap<>()).put(unit, value);
    }

    List<Violation> violations() {
        return List.copyOf(violations);
    }

    Map<String, Map<String, Integer>> counts() {
        Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
        counts.forEach((field, units) -> copy.put(field, Collections.unmodifiableMap(new LinkedHashMap<>(units))));
        return Collections.unmodifiableMap(copy);
    }
}
