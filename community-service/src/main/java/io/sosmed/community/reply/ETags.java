package io.sosmed.community.reply;

import io.sosmed.platform.problem.Problem;
import io.sosmed.platform.problem.ProblemException;
import java.util.List;

/** Conversation versions as strong ETags ({@code "7"}) and back from {@code If-Match}. */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version named by an {@code If-Match} header, or null when absent. */
    public static Long parseIfMatch(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ProblemException(400, "validation", "Request is not valid", "If-Match is not an ETag we gave out",
                    List.of(new Problem.FieldError("If-Match", "use the ETag of GET .../conversations/{id}")));
        }
    }
}
