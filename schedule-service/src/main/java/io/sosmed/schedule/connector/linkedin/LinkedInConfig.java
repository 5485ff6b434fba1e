package io.sosmed.schedule.connector.linkedin;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;

/** LinkedIn's versioned REST API. */
@ConfigMapping(prefix = "sosmed.connector.linkedin")
public interface LinkedInConfig {

    @WithDefault("https://api.linkedin.com")
    URI apiUrl();

    /** Value of the {@code LinkedIn-Version} header (YYYYMM); LinkedIn supports each version for a year. */
    @WithDefault("202511")
    String version();
}
