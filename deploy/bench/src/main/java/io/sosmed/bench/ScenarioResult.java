package io.sosmed.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one scenario measured.
 *
 * @param target   the target, in words, e.g. "1,000 rows in under 5 s"
 * @param measured numbers by name, with their unit in the name (e.g. {@code p95Millis}, {@code rowsPerSecond})
 * @param met      whether the measured numbers meet the target
 */
public record ScenarioResult(String name, String description, String target, Map<String, Object> measured, boolean met,
        String notes) {

    public static Builder of(Scenario scenario, String target) {
        return new Builder(scenario, target);
    }

    /** Collects measurements in the order they are added. */
    public static final class Builder {

        private final Scenario scenario;
        private final String target;
        private final Map<String, Object> measured = new LinkedHashMap<>();
        private String notes = "";

        private Builder(Scenario scenario, String target) {
            this.scenario = scenario;
            this.target = target;
        }

        public Builder measured(String name, Object value) {
            measured.put(name, value);
            return this;
        }

        public Builder notes(String text) {
            notes = text;
            return this;
        }

        public ScenarioResult met(boolean met) {
            return new ScenarioResult(scenario.name(), scenario.description(), target, Map.copyOf(measured), met,
                    notes);
        }
    }
}
