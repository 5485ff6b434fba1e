package io.sosmed.content.post;

import io.sosmed.platform.problem.Problem;
import io.sosmed.platform.problem.ProblemException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Parses typed query parameters so a bad value is a 400 naming the parameter, not a 404. */
public final class QueryValues {

    private QueryValues() {
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid(name, "Unknown value '" + value + "'; allowed: " + Arrays.toString(type.getEnumConstants()));
        }
    }

    static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw invalid(name, "must be a UUID");
        }
    }

    static ProblemException invalid(String name, String message) {
        return new ProblemException(400, "validation", "Request is not valid", name + ": " + message,
                List.of(new Problem.FieldError(name, message)));
    }
}
