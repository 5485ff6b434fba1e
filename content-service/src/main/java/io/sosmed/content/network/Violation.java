package io.sosmed.content.network;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One broken rule: a stable code, a message for people, the limit and the actual value, the offending field
 * (a JSON path into the request such as {@code media[1].sizeBytes}), the counting unit, and for text the range.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Violation(
        @Schema(example = "TEXT_TOO_LONG") String code,
        Severity severity,
        String message,
        @Schema(type = SchemaType.NUMBER) Number limit,
        @Schema(type = SchemaType.NUMBER) Number actual,
        @Schema(example = "text") String field,
        @Schema(example = "graphemes", description = "Unit of limit and actual") String unit,
        TextRange range) {

    public static Violation error(String code, String field, String message) {
        return new Violation(code, Severity.ERROR, message, null, null, field, null, null);
    }

    public static Violation warning(String code, String field, String message) {
        return new Violation(code, Severity.WARNING, message, null, null, field, null, null);
    }

    public Violation limited(Number limitValue, Number actualValue, String unitName) {
        return new Violation(code, severity, message, limitValue, actualValue, field, unitName, range);
    }

    public Violation at(TextRange offending) {
        return new Violation(code, severity, message, limit, actual, field, unit, offending);
    }
}
