package io.sosmed.schedule.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryBackoffTest {

    private static final Duration INITIAL = Duration.ofSeconds(30);
    private static final Duration MAX = Duration.ofMinutes(30);

    @Test
    void doublesPerAttemptWithinHalfToFullOfTheExponentialAndStopsAtTheCap() {
        qt().forAll(integers().between(1, 40), doubles().between(0, 0.999999)).checkAssert((attempt, random) -> {
            Duration delay = new RetryBackoff(INITIAL, MAX, () -> random).delay(attempt, Optional.empty());
            long exponential = Math.min(MAX.toMillis(), INITIAL.toMillis() * (1L << Math.min(attempt - 1, 20)));
            assertThat(delay.toMillis()).isBetween(exponential / 2, exponential);
        });
    }

    @Test
    void retryAfterIsNeverCutShortEvenAboveTheCap() {
        qt().forAll(integers().between(1, 10), integers().between(1, 7200), doubles().between(0, 0.999999))
                .checkAssert((attempt, seconds, random) -> {
                    Duration retryAfter = Duration.ofSeconds(seconds);
                    Duration delay = new RetryBackoff(INITIAL, MAX, () -> random).delay(attempt, Optional.of(retryAfter));
                    assertThat(delay).isGreaterThanOrEqualTo(retryAfter);
                });
    }

    @Test
    void exampleValues() {
        RetryBackoff lowest = new RetryBackoff(INITIAL, MAX, () -> 0.0);
        assertThat(lowest.delay(1, Optional.empty())).isEqualTo(Duration.ofSeconds(15));
        assertThat(lowest.delay(3, Optional.empty())).isEqualTo(Duration.ofSeconds(60));
        assertThat(lowest.delay(1, Optional.of(Duration.ofSeconds(90)))).isEqualTo(Duration.ofSeconds(90));
        assertThatThrownBy(() -> new RetryBackoff(Duration.ZERO, MAX, () -> 0.0)).isInstanceOf(IllegalArgumentException.class);
    }
}
