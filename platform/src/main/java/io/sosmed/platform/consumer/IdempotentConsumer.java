package io.sosmed.platform.consumer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.sosmed.platform.event.CloudEvent;
import io.sosmed.platform.event.EventType;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Applies a received event at most once per consumer: the processed-event row and the effect commit
 * in one transaction. A failing effect is retried a bounded number of times; then the exception
 * propagates so the messaging connector's dead-letter strategy takes the message off the partition. While the service
 * stops, a failure propagates at once and the message stays on the partition ({@link DeadLetterUnlessStopping}).
 */
@ApplicationScoped
public class IdempotentConsumer {

    private final ProcessedEvents processed;
    private final ObjectMapper mapper;
    private final ConsumerConfig config;
    private final ApplicationStopping application;

    public IdempotentConsumer(ProcessedEvents processed, ObjectMapper mapper, ConsumerConfig config,
            ApplicationStopping application) {
        this.processed = processed;
        this.mapper = mapper;
        this.config = config;
        this.application = application;
    }

    /**
     * Parses the structured CloudEvent and applies {@code effect} unless this consumer already did.
     *
     * @return true when the effect ran, false for a duplicate
     */
    public boolean handle(String consumer, String payload, Consumer<InboundEvent> effect) {
        return apply(consumer, parse(payload), effect);
    }

    /**
     * As {@link #handle(String, String, Consumer)} for a consumer that applies only some of the types on its topic:
     * an event of another type is skipped before any transaction (no processed-event row, no database round trip),
     * which matters on shared high-volume topics such as {@code engagement-metrics} and {@code inbox-events}.
     *
     * @return true when the effect ran, false for a duplicate or an event of another type
     */
    public boolean handle(String consumer, String payload, Set<EventType> types, Consumer<InboundEvent> effect) {
        Optional<String> declared = declaredType(payload);
        if (declared.isPresent() && !handles(types, declared.get())) {
            return false; // not parsed further: whether it is a valid event is for its own consumers to say
        }
        InboundEvent event = parse(payload);
        if (!handles(types, event.type())) {
            return false;
        }
        return apply(consumer, event, effect);
    }

    private static boolean handles(Set<EventType> types, String type) {
        return types.stream().anyMatch(handled -> handled.type().equals(type));
    }

    /**
     * The {@code type} attribute of a structured CloudEvent, read by streaming over the top-level fields without
     * building the rest (its data included); empty when the payload is no JSON object or has no string {@code type}.
     */
    private Optional<String> declaredType(String payload) {
        try (JsonParser parser = mapper.getFactory().createParser(payload)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("type".equals(field)) {
                    return value == JsonToken.VALUE_STRING ? Optional.of(parser.getText()) : Optional.empty();
                }
                parser.skipChildren();
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private boolean apply(String consumer, InboundEvent event, Consumer<InboundEvent> effect) {
        long backoffMs = config.initialBackoff().toMillis();
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> applyOnce(consumer, event, effect));
            } catch (PoisonMessageException e) {
                Log.errorf("Consumer %s cannot process event %s (%s): %s; sending it to the dead-letter topic",
                        consumer, event.id(), event.type(), e.getMessage());
                throw e;
            } catch (RuntimeException e) {
                if (application.stopping()) {
                    // Not retried: the failure strategy leaves the record uncommitted, to be applied after restart.
                    throw e;
                }
                if (attempt >= config.maxAttempts()) {
                    Log.errorf(e, "Consumer %s failed event %s (%s) %d times; sending it to the dead-letter topic",
                            consumer, event.id(), event.type(), attempt);
                    throw e;
                }
                Log.warnf("Consumer %s failed event %s (%s), attempt %d of %d: %s", consumer, event.id(),
                        event.type(), attempt, config.maxAttempts(), e.getMessage());
                pause(backoffMs);
                backoffMs *= 2;
            }
        }
    }

    private boolean applyOnce(String consumer, InboundEvent event, Consumer<InboundEvent> effect) {
        if (!processed.claim(consumer, event.id(), event.type())) {
            Log.debugf("Consumer %s skips duplicate event %s", consumer, event.id());
            return false;
        }
        effect.accept(event);
        return true;
    }

    private InboundEvent parse(String payload) {
        CloudEvent envelope;
        try {
            envelope = mapper.readValue(payload, CloudEvent.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            Log.errorf("Received a message that is not a CloudEvent; sending it to the dead-letter topic");
            throw new PoisonMessageException("Not a CloudEvent", e);
        }
        if (envelope == null || envelope.id() == null || envelope.type() == null
                || !CloudEvent.SPEC_VERSION.equals(envelope.specversion())) {
            throw new PoisonMessageException("Not a CloudEvents 1.0 message: id, type or specversion missing");
        }
        return new InboundEvent(envelope, mapper);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to retry", e);
        }
    }
}
