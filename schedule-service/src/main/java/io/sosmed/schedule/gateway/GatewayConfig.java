package io.sosmed.schedule.gateway;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The network gateway's background loops: metrics collection and inbox polling. */
@ConfigMapping(prefix = "sosmed.gateway")
public interface GatewayConfig {

    /** Runs the loops on this replica; off in tests, which drive them directly. */
    @WithDefault("true")
    boolean enabled();

    /** Rows one loop round claims. */
    @WithDefault("50")
    int batchSize();

    /** How long a claimed row stays with the replica that claimed it before others may take it over. */
    @WithDefault("PT5M")
    Duration lease();

    /** Pause between two inbox polls of one channel. */
    @WithDefault("PT2M")
    Duration inboxPollInterval();

    /** Wait after a failed metrics read when the network named none. */
    @WithDefault("PT15M")
    Duration metricsRetryDelay();

    /** Failed reads of one post's metrics before that step is skipped. */
    @WithDefault("6")
    int metricsMaxAttempts();

    /** Attempts of a reply the network refused for a passing reason (rate limit, server error) before it is reported failed. */
    @WithDefault("3")
    int replyMaxAttempts();

    /** Wait before a refused reply is tried again when the network named none; doubles per attempt. */
    @WithDefault("PT30S")
    Duration replyRetryDelay();
}
