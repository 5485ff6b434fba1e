package io.sosmed.analytics.consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sosmed.platform.consumer.InboundEvent;
import io.sosmed.platform.consumer.PoisonMessageException;
import io.sosmed.platform.event.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads a structured CloudEvent from a message payload, with the platform consumer's checks. */
@ApplicationScoped
public class CloudEventPayloads {

    private final ObjectMapper mapper;

    public CloudEventPayloads(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** @throws PoisonMessageException when the payload is no CloudEvents 1.0 JSON (it can never be processed) */
    public InboundEvent parse(String payload) {
        if (payload == null) {
            throw new PoisonMessageException("Empty message");
        }
        CloudEvent envelope;
        try {
            envelope = mapper.readValue(payload, CloudEvent.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new PoisonMessageException("Not a CloudEvent", e);
        }
        if (envelope == null || envelope.id() == null || envelope.type() == null
                || !CloudEvent.SPEC_VERSION.equals(envelope.specversion())) {
            throw new PoisonMessageException("Not a CloudEvents 1.0 message: id, type or specversion missing");
        }
        return new InboundEvent(envelope, mapper);
    }
}
