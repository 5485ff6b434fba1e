package io.sosmed.community.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageDetectionTest {

    /** The default (low-accuracy mode, trigrams only). */
    private static final LanguageDetection DETECTION = new LanguageDetection(config(true, "ENGLISH", "INDONESIAN"));
    private static final LanguageDetection HIGH_ACCURACY =
            new LanguageDetection(config(false, "ENGLISH", "INDONESIAN"));

    @Test
    void tellsIndonesianFromEnglish() {
        for (LanguageDetection detection : List.of(DETECTION, HIGH_ACCURACY)) {
            assertThat(detection.detect("pelayanan kalian buruk sekali, saya kecewa")).isEqualTo("id");
            assertThat(detection.detect("your support team never answered my emails")).isEqualTo("en");
            assertThat(detection.detect("terima kasih, pesanan saya sudah sampai dengan selamat")).isEqualTo("id");
        }
    }

    @Test
    void needsAtLeastTwoLanguagesToTellApart() {
        assertThatThrownBy(() -> new LanguageDetection(config(false, "INDONESIAN", "indonesian")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("at least two languages");
    }

    @Test
    void blankTextIsUndetermined() {
        assertThat(DETECTION.detect("  ")).isEqualTo(LanguageDetection.UNDETERMINED);
        assertThat(DETECTION.detect("12345 !!!")).isEqualTo(LanguageDetection.UNDETERMINED);
    }

    /** Configuration as {@code sosmed.language.*} would give it. */
    static LanguageConfig config(boolean lowAccuracy, String... languages) {
        return new LanguageConfig() {
            @Override
            public List<String> detect() {
                return List.of(languages);
            }

            @Override
            public boolean lowAccuracy() {
                return lowAccuracy;
            }
        };
    }
}
