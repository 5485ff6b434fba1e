package io.sosmed.content.network;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.function.Function;

/** A text field of a network variant, named as in the request body. */
public enum DraftField {
    TEXT("text", "Text", Draft::text),
    TITLE("title", "Title", Draft::title),
    FIRST_COMMENT("firstComment", "First comment", Draft::firstComment);

    private final String jsonName;
    private final String label;
    private final Function<Draft, String> value;

    DraftField(String jsonName, String label, Function<Draft, String> value) {
        this.jsonName = jsonName;
        this.label = label;
        this.value = value;
    }

    public String label() {
        return label;
    }

    @JsonValue
    public String jsonName() {
        return jsonName;
    }

    /** The field's value in the draft, never null. */
    public String valueIn(Draft draft) {
        String text = value.apply(draft);
        return text == null ? "" : text;
    }
}
