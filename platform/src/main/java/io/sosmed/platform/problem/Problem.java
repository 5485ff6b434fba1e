package io.sosmed.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An RFC 9457 problem details body; {@code errors} lists offending fields of a validation failure. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://sosmed.io/problems/";

    /** One offending field: a JSON path like {@code variants[0].text} or a query parameter name. */
    public record FieldError(String field, String message) {
    }

    public static String type(String slug) {
        return TYPE_BASE + slug;
    }
}
