package io.sosmed.platform.consumer;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Retry policy of idempotent consumers before a message is sent to the dead-letter topic. */
@ConfigMapping(prefix = "sosmed.consumer")
public interface ConsumerConfig {

    /** Attempts per message, the first included. */
    @WithDefault("3")
    int maxAttempts();

    /** Wait before the first retry; doubled for each further retry. */
    @WithDefault("200ms")
    Duration initialBackoff();
}
