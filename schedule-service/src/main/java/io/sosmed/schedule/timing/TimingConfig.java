package io.sosmed.schedule.timing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings for reading requested publication times. */
@ConfigMapping(prefix = "schedule.timing")
public interface TimingConfig {

    /** How far in the past a requested time may lie and still be accepted and published at once (slow forms, clock skew). */
    @WithDefault("PT1M")
    Duration pastGrace();
}
