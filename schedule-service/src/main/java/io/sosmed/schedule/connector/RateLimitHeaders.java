package io.sosmed.schedule.connector;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * When a rate-limited network lets us call again, from the headers networks use: {@code Retry-After} (seconds or an
 * HTTP date), X's {@code x-rate-limit-reset} (epoch seconds), Mastodon's {@code X-RateLimit-Reset} (ISO-8601 instant)
 * and Bluesky's {@code ratelimit-reset} (epoch seconds).
 */
public final class RateLimitHeaders {

    private static final List<String> RESET_HEADERS = List.of("Retry-After", "x-rate-limit-reset", "X-RateLimit-Reset",
            "ratelimit-reset");
    /** Integers above this are epoch seconds, below it a number of seconds to wait. */
    private static final long EPOCH_THRESHOLD = 1_000_000_000L;

    private RateLimitHeaders() {
    }

    public static Optional<Duration> retryAfter(HttpHeaders headers, Clock clock) {
        for (String name : RESET_HEADERS) {
            Optional<Duration> wait = headers.firstValue(name).flatMap(value -> parse(value.trim(), clock));
            if (wait.isPresent()) {
                return wait;
            }
        }
        return Optional.empty();
    }

    static Optional<Duration> parse(String value, Clock clock) {
        Instant now = clock.instant();
        try {
            long number = Long.parseLong(value);
            Duration wait = number > EPOCH_THRESHOLD
                    ? Duration.between(now, Instant.ofEpochSecond(number))
                    : Duration.ofSeconds(number);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (NumberFormatException notANumber) {
            return parseInstant(value).map(at -> {
                Duration wait = Duration.between(now, at);
                return wait.isNegative() ? Duration.ZERO : wait;
            });
        }
    }

    private static Optional<Instant> parseInstant(String value) {
        try {
            return Optional.of(ZonedDateTime.parse(value, DateTimeFormatter.ISO_DATE_TIME).toInstant());
        } catch (DateTimeParseException notIso) {
            try {
                return Optional.of(ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException notHttpDate) {
                return Optional.empty();
            }
        }
    }
}
