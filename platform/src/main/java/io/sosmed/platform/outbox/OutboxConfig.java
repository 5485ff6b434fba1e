package io.sosmed.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the transactional outbox and its relay. */
@ConfigMapping(prefix = "sosmed.outbox")
public interface OutboxConfig {

    /** CloudEvents {@code source} of events this service writes, e.g. {@code /sosmed/content-service}. */
    String source();

    /** Most events the relay sends to Kafka per round. */
    @WithDefault("200")
    int batchSize();

    /** How long a replica holds the relay lease before another replica may take it over. */
    @WithDefault("30s")
    Duration leaseDuration();

    /** How long published events stay in the table (for audit and replays) before they are deleted. */
    @WithDefault("P7D")
    Duration retention();

    /** Kafka producer timeout for one round: a round that cannot deliver within it is retried later. */
    @WithDefault("15s")
    Duration deliveryTimeout();
}
