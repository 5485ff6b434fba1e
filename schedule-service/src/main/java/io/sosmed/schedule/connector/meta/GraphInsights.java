package io.sosmed.schedule.connector.meta;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads one metric out of a Graph insights answer ({@code values[0].value} or {@code total_value.value}). */
public final class GraphInsights {

    private GraphInsights() {
    }

    public static Long value(JsonNode data, String name) {
        for (JsonNode metric : data) {
            if (name.equals(metric.path("name").asText())) {
                JsonNode value = metric.path("total_value").path("value");
                if (!value.isNumber()) {
                    value = metric.path("values").path(0).path("value");
                }
                return value.isNumber() ? value.asLong() : null;
            }
        }
        return null;
    }
}
