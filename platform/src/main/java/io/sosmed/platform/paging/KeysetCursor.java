package io.sosmed.platform.paging;

import io.sosmed.platform.problem.Problem;
import io.sosmed.platform.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Position in a newest-first listing ordered by (creation time, id): the last item of a page. Clients see
 * it only as an opaque string; anything they send that we did not give out is a 400 naming {@code cursor}.
 */
public record KeysetCursor(Instant createdAt, UUID id) {

    public static final String PARAMETER = "cursor";
    private static final String SEPARATOR = "|";

    public String encode() {
        String plain = createdAt + SEPARATOR + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor from a previous page, or null when the client starts from the first page. */
    public static KeysetCursor decodeOrNull(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int separator = plain.indexOf(SEPARATOR);
            if (separator < 0) {
                throw invalid();
            }
            return new KeysetCursor(Instant.parse(plain.substring(0, separator)), UUID.fromString(plain.substring(separator + 1)));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw invalid();
        }
    }

    private static ProblemException invalid() {
        return new ProblemException(400, "validation", "Request is not valid", "cursor is not one this API gave out",
                List.of(new Problem.FieldError(PARAMETER, "unknown cursor; start again without it")));
    }
}
