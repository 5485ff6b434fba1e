package io.sosmed.community.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.sosmed.community.reply.ReplyFailed;
import io.sosmed.community.reply.ReplySent;
import io.sosmed.community.reply.ReplyService;
import io.sosmed.platform.consumer.IdempotentBatchConsumer;
import io.sosmed.platform.consumer.IdempotentConsumer;
import io.sosmed.platform.consumer.InboundEvent;
import io.sosmed.platform.consumer.PoisonMessageException;
import io.sosmed.platform.event.CloudEvent;
import io.sosmed.platform.event.EventType;
import io.sosmed.platform.event.Topics;
import io.sosmed.platform.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Takes items from the networks (via schedule-service) into the inbox and follows our replies' delivery. Records
 * arrive in batches: runs of valid {@code inbox.item.received} events are stored by {@link BatchIngestion} in one
 * transaction; every other record, and every record of a run whose transaction failed, goes one by one through
 * {@link IdempotentConsumer} (retries, then the dead-letter topic for that record alone).
 */
@ApplicationScoped
public class InboxEventsConsumer {

    static final String CONSUMER = "community-service.inbox-events";

    private final IdempotentConsumer consumer;
    private final ItemIngestion ingestion;
    private final BatchIngestion batches;
    private final BatchUnderstanding understanding;
    private final ReplyService replies;
    private final ObjectMapper mapper;

    public InboxEventsConsumer(IdempotentConsumer consumer, ItemIngestion ingestion, BatchIngestion batches,
            BatchUnderstanding understanding, ReplyService replies, ObjectMapper mapper) {
        this.consumer = consumer;
        this.ingestion = ingestion;
        this.batches = batches;
        this.understanding = understanding;
        this.replies = replies;
        this.mapper = mapper;
    }

    /** Acknowledges the batch once every record is applied or, if it cannot be, sent to the dead-letter topic. */
    @Incoming(Topics.INBOX_EVENTS)
    @Blocking
    public CompletionStage<Void> receive(KafkaRecordBatch<String, String> batch) {
        return IdempotentBatchConsumer.settle(batch,
                apply(batch.getRecords().stream().map(KafkaRecord::getPayload).toList()));
    }

    /** Applies the payloads in order; returns the ones that could not be applied, by position, with the reason. */
    Map<Integer, RuntimeException> apply(List<String> payloads) {
        Map<Integer, RuntimeException> rejected = new TreeMap<>();
        List<Pending> run = new ArrayList<>();
        for (int i = 0; i < payloads.size(); i++) {
            Optional<BatchIngestion.Received> item = receivedItem(payloads.get(i));
            if (item.isPresent()) {
                run.add(new Pending(i, payloads.get(i), item.get()));
            } else {
                ingestRun(run, rejected);
                run.clear();
                applyOne(i, payloads.get(i), rejected);
            }
        }
        ingestRun(run, rejected);
        return rejected;
    }

    private void ingestRun(List<Pending> run, Map<Integer, RuntimeException> rejected) {
        if (run.isEmpty()) {
            return;
        }
        List<BatchIngestion.Received> received = run.stream().map(Pending::received).toList();
        long start = System.nanoTime();
        long[] annotatedAt = new long[1];
        CompletableFuture<Void> annotated = understanding.annotate(received)
                .whenComplete((done, failure) -> annotatedAt[0] = System.nanoTime());
        try {
            batches.ingest(CONSUMER, received, annotated);
            Log.debugf("Batch of %d inbox items: detection %d ms (during the transaction), transaction with commit"
                    + " %d ms", received.size(), (annotatedAt[0] - start) / 1_000_000,
                    (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException first) {
            retryOrApplyOneByOne(run, received, annotated, first, rejected);
        }
    }

    /**
     * A failed batch transaction is tried once more (it rolled back entirely, so it starts afresh): a failure caused
     * by concurrent work, such as a conversation the first attempt did not see, then costs one more batch instead of
     * one transaction per item. If it fails again, its items are applied one by one, so that a record that cannot be
     * stored goes alone to the dead-letter topic.
     */
    private void retryOrApplyOneByOne(List<Pending> run, List<BatchIngestion.Received> received,
            CompletableFuture<Void> annotated, RuntimeException first, Map<Integer, RuntimeException> rejected) {
        Log.warnf("A batch of %d inbox items failed (%s); trying it once more", run.size(), first.getMessage());
        try {
            batches.ingest(CONSUMER, received, annotated);
        } catch (RuntimeException again) {
            Log.warnf("The batch of %d inbox items failed again (%s); applying them one by one", run.size(),
                    again.getMessage());
            run.forEach(pending -> applyOne(pending.position(), pending.payload(), rejected));
        }
    }

    private void applyOne(int position, String payload, Map<Integer, RuntimeException> rejected) {
        try {
            consumer.handle(CONSUMER, payload, this::apply);
        } catch (RuntimeException e) {
            rejected.put(position, e);
        }
    }

    /** The record as an item for the batch path: a CloudEvent of an item that passes validation. */
    private Optional<BatchIngestion.Received> receivedItem(String payload) {
        try {
            CloudEvent envelope = mapper.readValue(payload, CloudEvent.class);
            if (envelope == null || envelope.id() == null || envelope.workspaceid() == null
                    || !CloudEvent.SPEC_VERSION.equals(envelope.specversion())
                    || !EventType.INBOX_ITEM_RECEIVED.type().equals(envelope.type())) {
                return Optional.empty();
            }
            NewInboxItem request = new InboundEvent(envelope, mapper).data(NewInboxItem.class);
            if (!request.validate().isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new BatchIngestion.Received(envelope.id(), envelope.type(), request,
                    ItemIngestion.newItem(envelope.workspaceid(), request)));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private void apply(InboundEvent event) {
        String type = event.type();
        if (EventType.INBOX_ITEM_RECEIVED.type().equals(type)) {
            NewInboxItem item = event.data(NewInboxItem.class);
            List<Problem.FieldError> errors = item.validate();
            if (event.workspaceId() == null || !errors.isEmpty()) {
                throw new PoisonMessageException("inbox.item.received " + event.id() + " is not valid: "
                        + errors.stream().map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; ")));
            }
            ingestion.ingest(event.workspaceId(), item);
        } else if (EventType.INBOX_REPLY_SENT.type().equals(type)) {
            replies.markSent(event.workspaceId(), event.data(ReplySent.class));
        } else if (EventType.INBOX_REPLY_FAILED.type().equals(type)) {
            replies.markFailed(event.workspaceId(), event.data(ReplyFailed.class));
        }
    }

    private record Pending(int position, String payload, BatchIngestion.Received received) {
    }
}
