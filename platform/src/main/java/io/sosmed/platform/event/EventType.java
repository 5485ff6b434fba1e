package io.sosmed.platform.event;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every event type Sosmed publishes, with the topic it travels on; each has a JSON Schema under
 * {@code events/schemas/<type>.json} and an entry in {@code events/asyncapi.yaml}.
 */
public enum EventType {

    POST_CREATED("sosmed.post.created.v1", Topics.POST_LIFECYCLE),
    POST_UPDATED("sosmed.post.updated.v1", Topics.POST_LIFECYCLE),
    POST_DELETED("sosmed.post.deleted.v1", Topics.POST_LIFECYCLE);

    private static final String SCHEMA_URN_PREFIX = "urn:sosmed:event-schema:";

    private final String type;
    private final String topic;

    EventType(String type, String topic) {
        this.type = type;
        this.topic = topic;
    }

    /** The CloudEvents {@code type} attribute, e.g. {@code sosmed.post.created.v1}. */
    public String type() {
        return type;
    }

    public String topic() {
        return topic;
    }

    /** The CloudEvents {@code dataschema}; every service serves it at {@code /api/v1/events/schemas/<type>.json}. */
    public String schemaUri() {
        return SCHEMA_URN_PREFIX + type;
    }

    public String schemaResource() {
        return "events/schemas/" + type + ".json";
    }

    public static Optional<EventType> of(String type) {
        return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst();
    }
}
