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

    /**
     * Lingua's low-accuracy mode (trigrams only), the default: on short inbox texts more than twice as fast (50 µs
     * instead of 111-123 µs per text), which lets ingestion keep up with more items per second; on the 1,839 labelled
     * texts shipped for sentiment it tells 99.56% apart instead of 99.78% (LanguageAccuracyTest). {@code false}: high
     * accuracy mode (all n-gram models).
     */
    @WithDefault("true")
    boolean lowAccuracy();
}
