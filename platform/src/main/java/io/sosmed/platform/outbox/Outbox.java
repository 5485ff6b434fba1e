package io.sosmed.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sosmed.platform.event.CloudEvent;
import io.sosmed.platform.event.EventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * Records events in the caller's transaction, so an event exists exactly when its state change was
 * committed; {@link OutboxRelay} delivers them to Kafka afterwards.
 */
@ApplicationScoped
public class Outbox {

    private final OutboxEventRepository repository;
    private final ObjectMapper mapper;
    private final OutboxConfig config;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;

    public Outbox(OutboxEventRepository repository, ObjectMapper mapper, OutboxConfig config,
            TransactionSynchronizationRegistry transactions, OutboxRelay relay) {
        this.repository = repository;
        this.mapper = mapper;
        this.config = config;
        this.transactions = transactions;
        this.relay = relay;
    }

    /**
     * Records one event.
     *
     * @param aggregateId the Kafka key: events of one aggregate keep their order
     * @param subject CloudEvents subject, usually the aggregate id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent record(EventType type, String workspaceId, String aggregateId, String subject, Object data) {
        Instant now = Instant.now();
        CloudEvent event = new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(), config.source(),
                type.type(), subject, now, CloudEvent.JSON, type.schemaUri(), workspaceId,
                mapper.valueToTree(data));
        OutboxEvent row = new OutboxEvent();
        row.eventId = UUID.fromString(event.id());
        row.topic = type.topic();
        row.aggregateId = aggregateId;
        row.eventType = type.type();
        row.payload = write(event);
        row.createdAt = now;
        repository.persist(row);
        wakeRelayAfterCommit();
        return event;
    }

    /** One wake-up per transaction, however many events it records (a bulk import records thousands). */
    private void wakeRelayAfterCommit() {
        if (transactions.getResource(RelayAfterCommit.class) == null) {
            transactions.putResource(RelayAfterCommit.class, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new RelayAfterCommit(relay));
        }
    }

    private String write(CloudEvent event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event data cannot be written as JSON: " + event.type(), e);
        }
    }

    /** Wakes the relay once the transaction that recorded events has committed. */
    private record RelayAfterCommit(OutboxRelay relay) implements Synchronization {

        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                relay.wakeUp();
            }
        }
    }
}
