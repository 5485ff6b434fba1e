package io.sosmed.schedule.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-(network, app) call budgets, consulted before every network call and updated from every answer. Networks limit
 * some calls per app rather than per account: X's app-level windows ({@code x-app-limit-24hour-remaining/-reset}),
 * Meta's app usage ({@code X-App-Usage}, percent of the app's hourly quota), LinkedIn's daily application limits (a 429
 * "APPLICATION DAY limit", reset at midnight UTC). When a budget is used up, calls fail fast with a retryable
 * {@code app_rate_limited} {@link NetworkException} carrying the time it frees, without reaching the network.
 *
 * <p>Budgets live in memory, per replica: each replica also learns the app's state from the network's own headers.
 */
public class AppRateBudgets {

    /** The code of a call this held before it reached the network: waiting for the budget is not an attempt. */
    public static final String HELD = "app_rate_limited";

    private static final String APPLICATION_DAY_LIMIT = "APPLICATION DAY";

    private final Map<String, RateBudgetConfig.App> apps;
    private final boolean enabled;
    private final Clock clock;
    private final ObjectMapper mapper;
    private final Map<String, Budget> budgets = new ConcurrentHashMap<>();

    public AppRateBudgets(RateBudgetConfig config, Clock clock, ObjectMapper mapper) {
        this(config.enabled(), config.apps(), clock, mapper);
    }

    public AppRateBudgets(boolean enabled, Map<String, RateBudgetConfig.App> apps, Clock clock, ObjectMapper mapper) {
        this.enabled = enabled;
        this.apps = Map.copyOf(apps);
        this.clock = clock;
        this.mapper = mapper;
    }

    /** Budgets that never hold a call (connector unit tests). */
    public static AppRateBudgets unlimited(Clock clock, ObjectMapper mapper) {
        return new AppRateBudgets(false, Map.of(), clock, mapper);
    }

    /** The budget family of a network: the app it calls with; null for networks limited per account only. */
    static String family(Network network) {
        return switch (network) {
            case X -> "x";
            case LINKEDIN -> "linkedin";
            case FACEBOOK, INSTAGRAM -> "meta";
            default -> null;
        };
    }

    private static String appName(Network network) {
        return switch (network) {
            case X -> "The X";
            case LINKEDIN -> "The LinkedIn";
            default -> "The Meta";
        };
    }

    /**
     * Takes one call from the network's app budget.
     *
     * @throws NetworkException retryable {@code app_rate_limited} with the wait until the budget frees
     */
    public void acquire(Network network) {
        Budget budget = budget(network);
        if (budget == null) {
            return;
        }
        Instant now = clock.instant();
        Optional<Instant> freeAt = budget.take(now);
        if (freeAt.isPresent()) {
            Duration wait = Duration.between(now, freeAt.get());
            throw NetworkException.retryable(network, HELD, appName(network)
                    + " limit of this app is used up until " + freeAt.get() + "; calls wait " + wait.toSeconds()
                    + " s and are retried then.", wait);
        }
    }

    /** Learns the app's state from an answer's headers (and, for LinkedIn's daily limit, its body). */
    public void observe(Network network, int status, HttpHeaders headers, String body) {
        Budget budget = budget(network);
        if (budget == null) {
            return;
        }
        Instant now = clock.instant();
        switch (network) {
            case X -> headers.firstValue("x-app-limit-24hour-remaining").map(String::trim).filter("0"::equals)
                    .flatMap(zero -> headers.firstValue("x-app-limit-24hour-reset"))
                    .flatMap(AppRateBudgets::epochSeconds)
                    .ifPresent(reset -> budget.blockUntil(reset, "X app 24-hour limit"));
            case FACEBOOK, INSTAGRAM -> headers.firstValue("X-App-Usage").flatMap(this::maxUsage)
                    .filter(usage -> usage >= budget.config.usageThreshold())
                    .ifPresent(usage -> budget.blockUntil(now.plus(budget.config.coolDown()),
                            "Meta app usage at " + usage + "%"));
            case LINKEDIN -> {
                if (status == 429 && body != null && body.contains(APPLICATION_DAY_LIMIT)) {
                    budget.blockUntil(LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1).atStartOfDay(ZoneOffset.UTC)
                            .toInstant(), "LinkedIn application daily limit");
                }
            }
            default -> {
            }
        }
    }

    /** When the network's app budget frees, if it is used up now. */
    public Optional<Instant> heldUntil(Network network) {
        Budget budget = budget(network);
        return budget == null ? Optional.empty() : budget.heldUntil(clock.instant());
    }

    private Budget budget(Network network) {
        String family = family(network);
        if (!enabled || family == null) {
            return null;
        }
        RateBudgetConfig.App app = apps.get(family);
        if (app == null) {
            return null;
        }
        return budgets.computeIfAbsent(family + ":" + app.appId(), key -> new Budget(key, app));
    }

    private Optional<Integer> maxUsage(String header) {
        try {
            JsonNode usage = mapper.readTree(header);
            return Optional.of(Math.max(usage.path("call_count").asInt(0),
                    Math.max(usage.path("total_time").asInt(0), usage.path("total_cputime").asInt(0))));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> epochSeconds(String value) {
        try {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(value.trim())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** One app's state: a counted window (when configured) and a hold learned from the network. */
    private static final class Budget {

        private final String key;
        private final RateBudgetConfig.App config;
        private Instant windowStart = Instant.EPOCH;
        private int used;
        private Instant blockedUntil = Instant.EPOCH;

        Budget(String key, RateBudgetConfig.App config) {
            this.key = key;
            this.config = config;
        }

        synchronized Optional<Instant> take(Instant now) {
            Optional<Instant> held = heldUntil(now);
            if (held.isPresent()) {
                return held;
            }
            if (config.calls().isPresent()) {
                used++;
            }
            return Optional.empty();
        }

        synchronized Optional<Instant> heldUntil(Instant now) {
            if (now.isBefore(blockedUntil)) {
                return Optional.of(blockedUntil);
            }
            if (config.calls().isEmpty()) {
                return Optional.empty();
            }
            long windowMillis = config.window().toMillis();
            Instant start = Instant.ofEpochMilli(now.toEpochMilli() / windowMillis * windowMillis);
            if (!start.equals(windowStart)) {
                windowStart = start;
                used = 0;
            }
            return used >= config.calls().get() ? Optional.of(start.plusMillis(windowMillis)) : Optional.empty();
        }

        synchronized void blockUntil(Instant until, String why) {
            if (until.isAfter(blockedUntil)) {
                blockedUntil = until;
                Log.infof("App budget %s used up (%s): calls held until %s", key, why, until);
            }
        }
    }
}
