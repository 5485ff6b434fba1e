package io.sosmed.schedule.network;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * {@code sosmed.rate-budgets.*}: per-app call budgets of the networks that limit calls per app (not per account).
 * Keys under {@code apps} are budget families: {@code x}, {@code linkedin}, {@code meta} (Facebook Pages and Instagram
 * share the Meta app).
 */
@ConfigMapping(prefix = "sosmed.rate-budgets")
public interface RateBudgetConfig {

    /** false: no call is held back by an app budget (responses still classify 429s as before). */
    @WithDefault("true")
    boolean enabled();

    Map<String, App> apps();

    /** One app's budget. */
    interface App {

        /** Identifies the app (its client id) in logs and keys; one budget per family and app. */
        @WithDefault("default")
        String appId();

        /** Calls the app may make per {@link #window()}, counted here; absent: only the network's headers decide. */
        Optional<Integer> calls();

        /** Window of {@link #calls()}, aligned to the epoch (PT15M: quarter hours, P1D: midnight UTC). */
        @WithDefault("PT15M")
        Duration window();

        /** Meta: hold calls once {@code X-App-Usage} reports this percent of any quota used. */
        @WithDefault("95")
        int usageThreshold();

        /** Meta: how long calls are held after the usage threshold is passed (Meta gives no reset time). */
        @WithDefault("PT10M")
        Duration coolDown();
    }
}
