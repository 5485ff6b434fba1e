package io.sosmed.community.language;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** Language detection settings. */
@ConfigMapping(prefix = "sosmed.language")
public interface LanguageConfig {

    /** Lingua language names to tell apart (only their models are loaded). */
    @WithDefault("ENGLISH,INDONESIAN")
    List<String> detect();
}
