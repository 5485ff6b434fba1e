package io.sosmed.bench;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every scenario, by name. */
final class Scenarios {

    private static final List<Scenario> ALL = List.of(new ContentImportScenario(), new AnalyticsIngestScenario(),
            new AnalyticsOverviewScenario(), new CommunityIngestScenario(), new InboxListScenario(),
            new ScheduleBurstScenario());

    private Scenarios() {
    }

    static List<Scenario> select(List<String> names) {
        if (names.isEmpty()) {
            return ALL;
        }
        Map<String, Scenario> byName = ALL.stream().collect(Collectors.toMap(Scenario::name, Function.identity()));
        return names.stream().map(name -> {
            Scenario scenario = byName.get(name);
            if (scenario == null) {
                throw new IllegalArgumentException("Unknown scenario '" + name + "'; known: " + byName.keySet());
            }
            return scenario;
        }).toList();
    }
}
