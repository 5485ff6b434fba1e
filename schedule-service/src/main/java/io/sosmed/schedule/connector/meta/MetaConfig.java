package io.sosmed.schedule.connector.meta;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;

/** Meta Graph endpoints for Facebook Pages, Instagram and Threads. */
@ConfigMapping(prefix = "sosmed.connector.meta")
public interface MetaConfig {

    /** Graph API base including its version. */
    @WithDefault("https://graph.facebook.com/v21.0")
    URI graphUrl();

    /** Threads API base including its version. */
    @WithDefault("https://graph.threads.net/v1.0")
    URI threadsUrl();

    /** Pause between checks of a media container that is still being processed. */
    @WithDefault("PT2S")
    Duration containerPollInterval();

    /** Checks of one container before the post is retried later. */
    @WithDefault("30")
    int containerPollAttempts();
}
