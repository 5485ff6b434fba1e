package io.sosmed.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sosmed.platform.problem.ProblemException;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class KeysetCursorTest {

    @Test
    void roundTripsWithMicrosecondsAndIsUrlSafe() {
        KeysetCursor cursor = new KeysetCursor(Instant.parse("2026-11-26T09:00:00.123456Z"), UUID.randomUUID());

        String encoded = cursor.encode();

        assertThat(encoded).matches("[A-Za-z0-9_-]+");
        assertThat(KeysetCursor.decodeOrNull(encoded)).isEqualTo(cursor);
    }

    @Test
    void noCursorMeansFirstPage() {
        assertThat(KeysetCursor.decodeOrNull(null)).isNull();
        assertThat(KeysetCursor.decodeOrNull(" ")).isNull();
    }

    @Test
    void foreignCursorsAre400NamingTheParameter() {
        String notBase64 = "***";
        String noSeparator = Base64.getUrlEncoder().encodeToString("2026-11-26T09:00:00Z".getBytes());
        String badId = Base64.getUrlEncoder().encodeToString("2026-11-26T09:00:00Z|nope".getBytes());

        for (String cursor : new String[] {notBase64, noSeparator, badId}) {
            assertThatThrownBy(() -> KeysetCursor.decodeOrNull(cursor))
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.errors()).extracting(error -> error.field()).containsExactly("cursor");
                    });
        }
    }
}
