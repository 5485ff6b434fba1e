package io.sosmed.content.template;

import java.util.Map;

/** Body of {@code POST /templates/{id}/render}: a value for every variable of the template. */
public record RenderRequest(Map<String, String> values) {

    Map<String, String> valuesOrEmpty() {
        return values == null ? Map.of() : values;
    }
}
