package io.sosmed.platform.consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sosmed.platform.event.CloudEvent;

/** A received CloudEvent with typed access to its data; consumers read only the fields they need. */
public record InboundEvent(CloudEvent envelope, ObjectMapper mapper) {

    public String id() {
        return envelope.id();
    }

    public String type() {
        return envelope.type();
    }

    public String workspaceId() {
        return envelope.workspaceid();
    }

    /** Binds the data to the consumer's own record, ignoring fields it does not know. */
    public <T> T data(Class<T> type) {
        try {
            return mapper.treeToValue(envelope.data(), type);
        } catch (JsonProcessingException e) {
            throw new PoisonMessageException("Event " + id() + " of type " + type() + " has data that does not fit "
                    + type.getSimpleName(), e);
        }
    }
}
