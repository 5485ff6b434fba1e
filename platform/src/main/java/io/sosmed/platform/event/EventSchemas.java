package io.sosmed.platform.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The JSON Schemas of all event types, loaded from the platform jar, and validation against them. */
public final class EventSchemas {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final Map<EventType, JsonSchema> SCHEMAS = new EnumMap<>(EventType.class);

    private EventSchemas() {
    }

    /** Raw schema text of the given type, for serving it over HTTP. */
    public static Optional<byte[]> raw(String type) {
        return EventType.of(type).map(t -> read(t.schemaResource()));
    }

    /** Violations of the event (full envelope) against its type's schema; empty when valid. */
    public static List<String> violations(JsonNode event) {
        String type = event.path("type").asText();
        EventType eventType = EventType.of(type)
                .orElseThrow(() -> new IllegalArgumentException("Unknown event type: " + type));
        return schema(eventType).validate(event).stream().map(ValidationMessage::getMessage).toList();
    }

    private static synchronized JsonSchema schema(EventType type) {
        return SCHEMAS.computeIfAbsent(type, t -> {
            try (InputStream in = resource(t.schemaResource())) {
                return FACTORY.getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static byte[] read(String name) {
        try (InputStream in = resource(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + name + " in the platform jar");
        }
        return in;
    }
}
