package io.sosmed.content.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sosmed.platform.problem.ProblemException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Language tags, as clients send them. */
class LanguageTagTest {

    @ParameterizedTest
    @CsvSource({"en, en", "EN, en", "pt-br, pt-BR", "zh-Hant-TW, zh-Hant-TW", "' es-419 ', es-419"})
    void languageTagsAreCanonical(String given, String canonical) {
        assertThat(MediaUploads.languageTag(given)).isEqualTo(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "english!", "e", "en_US", "../en", "toolonglanguage"})
    void invalidLanguageTagsAre400(String given) {
        assertThatThrownBy(() -> MediaUploads.languageTag(given))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.errors()).singleElement().satisfies(error -> assertThat(error.field()).isEqualTo("language"));
                });
    }
}
