package io.sosmed.schedule.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sosmed.schedule.network.AppRateBudgets;
import io.sosmed.schedule.network.FailureKind;
import io.sosmed.schedule.network.Network;
import io.sosmed.schedule.network.NetworkException;
import io.sosmed.schedule.network.RateBudgetConfig;
import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Per-app budgets: counted windows, X's app 24-hour headers, Meta's X-App-Usage and LinkedIn's daily app limit. */
class AppRateBudgetsTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:07:30Z");
    private final MutableClock clock = new MutableClock(NOW);

    @Test
    void aCountedWindowFailsFastOnceUsedUpAndFreesAtTheNextWindow() {
        AppRateBudgets budgets = budgets(Map.of("x", app(Optional.of(2), Duration.ofMinutes(15), 95, Duration.ofMinutes(10))));

        budgets.acquire(Network.X);
        budgets.acquire(Network.X);
        assertThatThrownBy(() -> budgets.acquire(Network.X)).isInstanceOfSatisfying(NetworkException.class, e -> {
            assertThat(e.kind()).isEqualTo(FailureKind.RETRYABLE);
            assertThat(e.code()).isEqualTo("app_rate_limited");
            assertThat(e.retryAfter()).contains(Duration.ofMinutes(7).plusSeconds(30));
        });
        budgets.acquire(Network.MASTODON);

        clock.now = Instant.parse("2026-11-26T12:15:00Z");
        budgets.acquire(Network.X);
    }

    @Test
    void xAppLimitHeadersHoldEveryCallUntilTheReset() {
        AppRateBudgets budgets = budgets(Map.of("x", app(Optional.empty(), Duration.ofMinutes(15), 95, Duration.ofMinutes(10))));
        long reset = NOW.plus(Duration.ofHours(3)).getEpochSecond();

        budgets.observe(Network.X, 200, headers(Map.of("x-app-limit-24hour-limit", "10000",
                "x-app-limit-24hour-remaining", "1", "x-app-limit-24hour-reset", String.valueOf(reset))), null);
        budgets.acquire(Network.X);
        budgets.observe(Network.X, 429, headers(Map.of("x-app-limit-24hour-remaining", "0",
                "x-app-limit-24hour-reset", String.valueOf(reset))), "{\"title\":\"Too Many Requests\"}");

        assertThat(budgets.heldUntil(Network.X)).contains(Instant.ofEpochSecond(reset));
        assertThatThrownBy(() -> budgets.acquire(Network.X)).isInstanceOfSatisfying(NetworkException.class,
                e -> assertThat(e.retryAfter()).contains(Duration.ofHours(3)));
        clock.now = Instant.ofEpochSecond(reset);
        budgets.acquire(Network.X);
    }

    @Test
    void metaAppUsageAboveTheThresholdHoldsFacebookAndInstagramTogether() {
        AppRateBudgets budgets = budgets(Map.of("meta", app(Optional.empty(), Duration.ofMinutes(15), 90, Duration.ofMinutes(10))));

        budgets.observe(Network.FACEBOOK, 200, headers(Map.of("X-App-Usage",
                "{\"call_count\":60,\"total_cputime\":25,\"total_time\":30}")), null);
        budgets.acquire(Network.INSTAGRAM);
        budgets.observe(Network.INSTAGRAM, 200, headers(Map.of("X-App-Usage",
                "{\"call_count\":91,\"total_cputime\":25,\"total_time\":30}")), null);

        assertThatThrownBy(() -> budgets.acquire(Network.FACEBOOK)).isInstanceOfSatisfying(NetworkException.class,
                e -> assertThat(e.retryAfter()).contains(Duration.ofMinutes(10)));
        assertThat(budgets.heldUntil(Network.INSTAGRAM)).contains(NOW.plus(Duration.ofMinutes(10)));
        budgets.acquire(Network.THREADS);
    }

    @Test
    void linkedInsApplicationDayLimitHoldsUntilMidnightUtcButAMemberLimitDoesNot() {
        AppRateBudgets budgets = budgets(Map.of("linkedin", app(Optional.empty(), Duration.ofDays(1), 95, Duration.ofMinutes(10))));

        budgets.observe(Network.LINKEDIN, 429, headers(Map.of()),
                "{\"status\":429,\"message\":\"Resource level throttle MEMBER DAY limit for calls to this resource is reached.\"}");
        budgets.acquire(Network.LINKEDIN);
        budgets.observe(Network.LINKEDIN, 429, headers(Map.of()),
                "{\"status\":429,\"message\":\"Resource level throttle APPLICATION DAY limit for calls to this resource is reached.\"}");

        assertThat(budgets.heldUntil(Network.LINKEDIN)).contains(Instant.parse("2026-11-27T00:00:00Z"));
    }

    @Test
    void disabledBudgetsNeverHold() {
        AppRateBudgets budgets = new AppRateBudgets(false, Map.of("x", app(Optional.of(0), Duration.ofMinutes(15), 95,
                Duration.ofMinutes(10))), clock, new ObjectMapper());

        budgets.acquire(Network.X);
        assertThat(budgets.heldUntil(Network.X)).isEmpty();
    }

    private AppRateBudgets budgets(Map<String, RateBudgetConfig.App> apps) {
        return new AppRateBudgets(true, apps, clock, new ObjectMapper());
    }

    static RateBudgetConfig.App app(Optional<Integer> calls, Duration window, int threshold, Duration coolDown) {
        return new RateBudgetConfig.App() {
            @Override
            public String appId() {
                return "test-app";
            }

            @Override
            public Optional<Integer> calls() {
                return calls;
            }

            @Override
            public Duration window() {
                return window;
            }

            @Override
            public int usageThreshold() {
                return threshold;
            }

            @Override
            public Duration coolDown() {
                return coolDown;
            }
        };
    }

    private static HttpHeaders headers(Map<String, String> values) {
        Map<String, List<String>> multi = new java.util.HashMap<>();
        values.forEach((k, v) -> multi.put(k, List.of(v)));
        return HttpHeaders.of(multi, (k, v) -> true);
    }

    /** A clock the test moves. */
    static final class MutableClock extends Clock {

        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
