package io.sosmed.content.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sosmed.platform.problem.ProblemException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Cursors and language tags, as clients send them. */
class MediaRequestParsingTest {

    @Test
    void cursorRoundTripsAndIsOpaque() {
        MediaCursor cursor = new MediaCursor(Instant.parse("2026-11-26T09:00:00.123456Z"), UUID.randomUUID());

        String encoded = cursor.encode();

        assertThat(encoded).matches("[A-Za-z0-9_-]+").doesNotContain(cursor.id().toString());
        assertThat(MediaCursor.decode(encoded)).isEqualTo(cursor);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-cursor", "%%%", "MjAyNi0xMS0yNg", "fHh4eA"})
    void foreignCursorsAre400(String cursor) {
        assertThatThrownBy(() -> MediaCursor.decode(cursor))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.errors()).singleElement().satisfies(error -> assertThat(error.field()).isEqualTo("cursor"));
                });
    }

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
