package io.sosmed.schedule.publishing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Where content-service's media library is and how schedule-service authenticates to it. */
@ConfigMapping(prefix = "schedule.media")
public interface MediaConfig {

    /** Base URL of content-service (env SCHEDULE_MEDIA_CONTENT_URL). */
    @WithDefault("http://localhost:8081")
    String contentUrl();

    /**
     * Whether to authenticate with schedule-service's own client-credentials tokens (the {@code quarkus.oidc-client}
     * settings; env SCHEDULE_MEDIA_CLIENT_CREDENTIALS). This is how it runs in production and in the local stack.
     */
    @WithDefault("false")
    boolean clientCredentials();

    /**
     * A fixed bearer token, used when {@link #clientCredentials()} is off (env SCHEDULE_MEDIA_TOKEN); a secret, never
     * logged.
     */
    Optional<String> token();

    /** Timeout of each call to content-service. */
    @WithDefault("PT30S")
    Duration timeout();
}
