package io.sosmed.schedule.timing;

import io.sosmed.platform.problem.Problem;
import io.sosmed.platform.problem.ProblemException;
import java.util.List;
import java.util.Optional;

/** 400: a zone id that is not an IANA time zone (e.g. {@code Asia/Jakata}, {@code +07:00}, {@code EST}). */
public class UnknownTimeZone extends ProblemException {

    public UnknownTimeZone(String id, String field, Optional<String> suggestion) {
        super(400, "unknown-time-zone", "Unknown time zone", describe(id) + suggestion.map(s -> "; did you mean " + s + "?")
                .orElse("; use an IANA zone id such as Asia/Jakarta or America/New_York"),
                List.of(new Problem.FieldError(field, suggestion.map(s -> "unknown time zone; did you mean " + s + "?")
                        .orElse("unknown time zone; use an IANA zone id such as Asia/Jakarta"))));
    }

    private static String describe(String id) {
        return id == null || id.isBlank() ? "A time zone is required" : "'" + id + "' is not an IANA time zone id";
    }
}
