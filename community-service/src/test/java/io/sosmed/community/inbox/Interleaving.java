package io.sosmed.community.inbox;

import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Transactions interleaved on purpose: work started on threads of its own, and a wait until a piece of work is done
 * or blocked on a lock (row or advisory) in this service's database.
 */
final class Interleaving implements AutoCloseable {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    private final ExecutorService threads = Executors.newFixedThreadPool(2);
    private final EntityManager em;

    Interleaving(EntityManager em) {
        this.em = em;
    }

    <T> Future<T> start(Callable<T> work) {
        return threads.submit(work);
    }

    /** Returns once {@code work} finished or a transaction waits for a lock (the one {@code work} runs, here). */
    void awaitDoneOrBlocked(Future<?> work) {
        await().atMost(PATIENCE).until(() -> work.isDone() || someoneWaitsForALock());
    }

    private boolean someoneWaitsForALock() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()")
                .getSingleResult()).longValue() > 0);
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
