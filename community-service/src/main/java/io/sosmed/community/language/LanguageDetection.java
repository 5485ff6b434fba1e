package io.sosmed.community.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;

/**
 * Tells the language of an item's text with Lingua, restricted to the configured languages so only
 * their models are loaded (each costs memory); {@value #UNDETERMINED} when the text gives no clue. Built once
 * (a singleton, models preloaded at startup); the detector is thread-safe, so a batch is detected in parallel.
 */
@Singleton
@Startup
public class LanguageDetection {

    public static final String UNDETERMINED = "und";

    private final LanguageDetector detector;

    public LanguageDetection(LanguageConfig config) {
        List<Language> languages = config.detect().stream()
                .map(name -> Language.valueOf(name.trim().toUpperCase(Locale.ROOT))).toList();
        if (languages.stream().distinct().count() < 2) {
            throw new IllegalStateException("sosmed.language.detect needs at least two languages, got " + languages);
        }
        LanguageDetectorBuilder builder = LanguageDetectorBuilder.fromLanguages(languages.toArray(Language[]::new))
                .withPreloadedLanguageModels();
        detector = (config.lowAccuracy() ? builder.withLowAccuracyMode() : builder).build();
    }

    /** ISO 639-1 code of the text's language, e.g. {@code id}, or {@value #UNDETERMINED}. */
    public String detect(String text) {
        if (text == null || text.isBlank()) {
            return UNDETERMINED;
        }
        Language language = detector.detectLanguageOf(text);
        return language == Language.UNKNOWN ? UNDETERMINED : language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    }
}
