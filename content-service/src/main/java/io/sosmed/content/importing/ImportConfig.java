package io.sosmed.content.importing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the CSV post import. */
@ConfigMapping(prefix = "sosmed.import")
public interface ImportConfig {

    /** Most data rows one import takes; more is a 413. */
    @WithDefault("5000")
    int maxRows();
}
