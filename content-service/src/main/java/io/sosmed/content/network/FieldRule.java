package io.sosmed.content.network;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What a network accepts in one text field: whether it is required, its length limits (all must hold), and
 * characters it refuses. A field without a rule is not supported by the network.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record FieldRule(DraftField field, boolean required, List<TextLimit> limits, String forbiddenCharacters) {

    public FieldRule {
        limits = List.copyOf(limits);
        forbiddenCharacters = forbiddenCharacters == null ? "" : forbiddenCharacters;
    }

    public static FieldRule optional(DraftField field, TextLimit... limits) {
        return new FieldRule(field, false, List.of(limits), "");
    }

    public static FieldRule required(DraftField field, TextLimit... limits) {
        return new FieldRule(field, true, List.of(limits), "");
    }

    public FieldRule forbidding(String characters) {
        return new FieldRule(field, required, limits, characters);
    }
}
