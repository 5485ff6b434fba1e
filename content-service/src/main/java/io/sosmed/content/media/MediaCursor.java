package io.sosmed.content.media;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

/** Position in a newest-first media listing; clients see it only as an opaque string. */
record MediaCursor(Instant createdAt, UUID id) {

    private static final String SEPARATOR = "|";

    static MediaCursor after(Media media) {
        return new MediaCursor(media.createdAt, media.id);
    }

    String encode() {
        String plain = createdAt + SEPARATOR + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor from a previous page; anything else is a 400 naming {@code cursor}. */
    static MediaCursor decode(String cursor) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int separator = plain.indexOf(SEPARATOR);
            if (separator < 0) {
                throw MediaProblems.invalidCursor();
            }
            return new MediaCursor(Instant.parse(plain.substring(0, separator)),
                    UUID.fromString(plain.substring(separator + 1)));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw MediaProblems.invalidCursor();
        }
    }
}
