package io.sosmed.schedule.outbound;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How schedule-service calls social networks. */
@ConfigMapping(prefix = "sosmed.outbound")
public interface OutboundConfig {

    /** Allows http and loopback addresses (self-hosted test servers, WireMock); only for tests and the local stack. */
    @WithDefault("false")
    boolean allowHttpLocalhost();

    /** Longest wait for a network to answer one request; after sending, a timeout is an unknown outcome. */
    @WithDefault("PT20S")
    Duration requestTimeout();

    /** Longest wait to open a connection (nothing was sent yet, so a timeout here is retryable). */
    @WithDefault("PT5S")
    Duration connectTimeout();
}
