package io.sosmed.community.settings;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long settings documents are cached. */
@ConfigMapping(prefix = "sosmed.settings")
public interface SettingsConfig {

    /** How long a replica keeps a workspace's settings document before reading it again (its own saves apply at once). */
    @WithDefault("30s")
    Duration cacheTtl();
}
