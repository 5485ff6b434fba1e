package io.sosmed.analytics.report;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs a report's independent reads at the same time, each in its own transaction on its own connection, on a
 * bounded pool (so a burst of reports takes at most that many extra connections). Each read is one or two statements,
 * so it sees what a statement of the caller's read-committed transaction would have seen.
 */
@ApplicationScoped
public class ReportReads {

    private final ExecutorService executor;

    public ReportReads(@ConfigProperty(name = "sosmed.reports.read-threads", defaultValue = "4") int threads) {
        AtomicInteger number = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "report-read-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts {@code read} in a new transaction on a pool thread. */
    public <T> CompletableFuture<T> start(Supplier<T> read) {
        return CompletableFuture.supplyAsync(() -> QuarkusTransaction.requiringNew().call(read::get), executor);
    }

    /** The read's result; its failure rethrown as it was thrown. */
    public static <T> T await(CompletableFuture<T> read) {
        try {
            return read.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
