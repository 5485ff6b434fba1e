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

    /** Bearer token of schedule-service's service account (env SCHEDULE_MEDIA_TOKEN); a secret, never logged. */
    Optional<String> token();

    /** Timeout of each call to content-service. */
    @WithDefault("PT30S")
    Duration timeout();
}
