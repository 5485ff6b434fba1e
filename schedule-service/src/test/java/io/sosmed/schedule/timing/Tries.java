package io.sosmed.schedule.timing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Counts the calls of one QuickTheories property, and the cases it labels, so that both can be checked after the run.
 *
 * <p>Every property runs at least {@link #MINIMUM} times. QuickTheories does not call a property again for an example
 * whose random draws repeat an earlier one, so a run asks for {@link #EXAMPLES}, a little more than the minimum, and
 * {@link #assertEnough()} checks that the property really was called often enough.
 */
final class Tries {

    /** Calls of each property: as many as these properties have always had (1000 tries each). */
    static final int MINIMUM = 1000;
    /** Examples to ask QuickTheories for, leaving room for the repeated draws it skips. */
    static final int EXAMPLES = MINIMUM + MINIMUM / 10;
    /** Draws a filtered generator may reject for one example before the run gives up (QuickTheories' default is only 10). */
    static final int FILTER_ATTEMPTS = 10_000;

    private final String property;
    private final Map<String, Integer> cases = new TreeMap<>();
    private int calls;

    /** Named after the test method that creates it. */
    Tries() {
        this.property = StackWalker.getInstance().walk(frames -> frames.skip(1).findFirst())
                .map(frame -> frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1) + "." + frame.getMethodName())
                .orElse("property");
    }

    /** Call first in the property. */
    void count() {
        calls++;
    }

    /** Sorts the current call into a case, for {@link #assertCoverage}. */
    void collect(String label) {
        cases.merge(label, 1, Integer::sum);
    }

    int calls() {
        return calls;
    }

    /** After the run: the property was called at least {@link #MINIMUM} times. Reports the calls and cases. */
    void assertEnough() {
        System.out.println(property + ": " + calls + " tries" + (cases.isEmpty() ? "" : cases.entrySet().stream()
                .map(entry -> entry.getKey() + " " + entry.getValue() + " (" + Math.round(percent(entry.getKey())) + " %)")
                .collect(Collectors.joining(", ", "; ", ""))));
        assertThat(calls).as("calls of %s", property).isGreaterThanOrEqualTo(MINIMUM);
    }

    /** After the run: at least {@code minimumPercent} of the calls fell in the case {@code label}. */
    void assertCoverage(String label, double minimumPercent) {
        assertThat(percent(label)).as("percentage of %s cases in %s, out of %s calls with cases %s", label, property, calls, cases)
                .isGreaterThanOrEqualTo(minimumPercent);
    }

    private double percent(String label) {
        return calls == 0 ? 0 : 100.0 * cases.getOrDefault(label, 0) / calls;
    }
}
