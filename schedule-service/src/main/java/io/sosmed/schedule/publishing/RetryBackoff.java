package io.sosmed.schedule.publishing;

import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * Delay before the next attempt after a retryable failure: exponential ({@code initial * 2^(attempt-1)}, capped) with
 * "equal jitter" (half fixed, half random) so replicas retrying together spread out; never sooner than the network's
 * Retry-After, which is honoured even above the cap.
 */
public final class RetryBackoff {

    private final Duration initial;
    private final Duration max;
    private final DoubleSupplier random;

    public RetryBackoff(Duration initial, Duration max, DoubleSupplier random) {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("need 0 < initial <= max, got " + initial + " and " + max);
        }
        this.initial = initial;
        this.max = max;
        this.random = random;
    }

    /** The configured backoff with random jitter. */
    static RetryBackoff withJitter(PublishingConfig config) {
        return new RetryBackoff(config.initialBackoff(), config.maxBackoff(),
                () -> java.util.concurrent.ThreadLocalRandom.current().nextDouble());
    }

    /** @param attempt the attempt that just failed, from 1 */
    public Duration delay(int attempt, Optional<Duration> retryAfter) {
        long capMillis = max.toMillis();
        long exponential = initial.toMillis();
        for (int i = 1; i < attempt && exponential < capMillis; i++) {
            exponential *= 2;
        }
        exponential = Math.min(exponential, capMillis);
        long half = exponential / 2;
        long jittered = half + (long) (random.getAsDouble() * (exponential - half));
        Duration backoff = Duration.ofMillis(jittered);
        return retryAfter.filter(after -> after.compareTo(backoff) > 0).orElse(backoff);
    }
}
