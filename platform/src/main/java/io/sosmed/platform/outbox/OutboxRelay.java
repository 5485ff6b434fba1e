package io.sosmed.platform.outbox;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Delivers outbox rows to Kafka in the order they were written. Reading, sending and marking happen
 * in separate short transactions, so no database transaction waits on the broker; a row sent but
 * not yet marked is sent again after a crash, which idempotent consumers absorb. It runs right after
 * each commit that recorded events, and on a timer for whatever an earlier round could not deliver.
 */
@ApplicationScoped
public class OutboxRelay {

    private final OutboxEventRepository repository;
    private final KafkaEventSender sender;
    private final RelayLease lease;
    private final OutboxConfig config;
    private volatile boolean brokerReachable = true;
    private volatile boolean stopping;
    private final ReentrantLock round = new ReentrantLock();
    private final AtomicBoolean pending = new AtomicBoolean();
    private final ExecutorService wakeUps = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "outbox-relay");
        thread.setDaemon(true);
        return thread;
    });

    public OutboxRelay(OutboxEventRepository repository, KafkaEventSender sender, RelayLease lease,
            OutboxConfig config) {
        this.repository = repository;
        this.sender = sender;
        this.lease = lease;
        this.config = config;
    }

    /** Asks for a round soon, off the caller's thread; called after a commit that recorded events. */
    public void wakeUp() {
        try {
            wakeUps.execute(this::relay);
        } catch (RejectedExecutionException e) {
            // shutting down: the next start delivers what is left
        }
    }

    /** Runs rounds until nothing is pending; a call while a round runs makes that round go again. */
    @Scheduled(identity = "outbox-relay", every = "${sosmed.outbox.poll-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relay() {
        pending.set(true);
        while (!stopping && pending.get() && round.tryLock()) {
            try {
                pending.set(false);
                relayAll();
            } finally {
                round.unlock();
            }
        }
    }

    private void relayAll() {
        if (!lease.acquire(config.leaseDuration())) {
            return;
        }
        int sent;
        do {
            sent = relayBatch();
        } while (sent == config.batchSize() && lease.acquire(config.leaseDuration()));
    }

    /** Sends one batch and returns how many events were delivered. */
    int relayBatch() {
        List<OutboxEvent> batch = QuarkusTransaction.requiringNew()
                .call(() -> repository.findOldestUnpublished(config.batchSize()));
        if (batch.isEmpty()) {
            return 0;
        }
        int delivered = sender.send(batch);
        List<Long> ids = batch.subList(0, delivered).stream().map(e -> e.id).toList();
        QuarkusTransaction.requiringNew().run(() -> repository.markPublished(ids, Instant.now()));
        reportBrokerState(delivered, batch.size());
        return delivered;
    }

    private void reportBrokerState(int delivered, int attempted) {
        boolean reachable = delivered == attempted;
        if (reachable != brokerReachable) {
            if (reachable) {
                Log.infof("Outbox relay delivers again; %d events were waiting", attempted);
            } else {
                Log.warnf("Outbox relay could not deliver %d of %d events; they stay in the outbox and are retried",
                        attempted - delivered, attempted);
            }
            brokerReachable = reachable;
        }
    }

    @Scheduled(identity = "outbox-cleanup", every = "1h", delayed = "1m")
    void deleteOldPublished() {
        if (stopping) {
            return;
        }
        long deleted = QuarkusTransaction.requiringNew()
                .call(() -> repository.deletePublishedBefore(Instant.now().minus(config.retention())));
        if (deleted > 0) {
            Log.infof("Outbox cleanup deleted %d published events", deleted);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        wakeUps.shutdownNow();
        try {
            lease.release();
        } catch (RuntimeException e) {
            Log.debugf("Outbox relay lease not released at shutdown (it expires by itself): %s", e.getMessage());
        }
    }
}
