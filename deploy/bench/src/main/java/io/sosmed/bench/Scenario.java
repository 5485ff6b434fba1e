package io.sosmed.bench;

/** One measured workload against the running stack. */
public interface Scenario {

    /** Short id used on the command line and as the result's name, e.g. {@code content-import}. */
    String name();

    /** What is measured and the target it is measured against. */
    String description();

    ScenarioResult run(BenchContext context) throws Exception;
}
