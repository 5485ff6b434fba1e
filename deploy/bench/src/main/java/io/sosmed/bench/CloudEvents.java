package io.sosmed.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.UUID;

/** CloudEvents 1.0 envelopes exactly as the platform's outbox writes them (see the event JSON Schemas). */
final class CloudEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CloudEvents() {
    }

    /** The envelope of {@code sosmed.<type>.v1} around the data, as JSON text. */
    static String envelope(String type, String workspaceId, String subject, ObjectNode data) {
        String fullType = "sosmed." + type + ".v1";
        ObjectNode event = JSON.createObjectNode()
                .put("specversion", "1.0")
                .put("id", UUID.randomUUID().toString())
                .put("source", "/sosmed/bench")
                .put("type", fullType)
                .put("subject", subject)
                .put("time", Instant.now().toString())
                .put("datacontenttype", "application/json")
                .put("dataschema", "urn:sosmed:event-schema:" + fullType)
                .put("workspaceid", workspaceId);
        event.set("data", data);
        return event.toString();
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }
}
