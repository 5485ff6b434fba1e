package io.sosmed.bench;

import io.sosmed.local.LocalStack;
import io.sosmed.local.Progress;
import io.sosmed.local.StackSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Starts the real stack with fresh data under {@code deploy/bench/target/stack-data}, runs the chosen scenarios (all
 * when none is named) one after another, and writes their results to {@code deploy/bench/results/}.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        List<Scenario> chosen = Scenarios.select(List.of(args));
        Path repository = StackSettings.locateRepository();
        Path data = repository.resolve("deploy/bench/target/stack-data");
        deleteRecursively(data);
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("SOSMED_DATA_DIR", data.toString());
        env.putIfAbsent("SOSMED_SERVICE_JVM_OPTS", "-XX:+UseParallelGC -Xms256m -Xmx768m");
        env.putIfAbsent("SOSMED_SIMULATOR_LATENCY_MS", "100");
        StackSettings settings = StackSettings.from(env, repository);
        Progress progress = new Progress(System.out);
        Instant startedAt = Instant.now();
        List<ScenarioResult> results = new ArrayList<>();
        try (LocalStack stack = new LocalStack(settings, progress)) {
            stack.start();
            BenchContext context = new BenchContext(settings, stack);
            for (Scenario scenario : chosen) {
                progress.note("\n== " + scenario.name() + ": " + scenario.description());
                ScenarioResult result = runOne(scenario, context);
                progress.note("   " + (result.met() ? "MET" : "NOT MET") + " " + result.target() + " -> "
                        + result.measured());
                results.add(result);
            }
        }
        Path file = new ResultsFile(repository.resolve("deploy/bench/results")).write(startedAt, results);
        System.out.println("\nResults: " + file);
        System.exit(results.stream().allMatch(ScenarioResult::met) ? 0 : 2);
    }

    /** A scenario that fails is reported as not met, with the reason, and the others still run. */
    private static ScenarioResult runOne(Scenario scenario, BenchContext context) {
        try {
            return scenario.run(context);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return ScenarioResult.of(scenario, "(did not complete)").notes("Failed: " + e).met(false);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
