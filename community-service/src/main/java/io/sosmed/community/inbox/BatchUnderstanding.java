package io.sosmed.community.inbox;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;

/**
 * Detects language and sentiment of a batch's items in the background, in parallel on a pool as large as the
 * machine has cores (shared by the partitions' consumers: the work is CPU-bound), so a batch's transaction can claim,
 * lock and read while its items are being detected.
 */
@ApplicationScoped
public class BatchUnderstanding {

    private final ItemUnderstanding understanding;
    private final ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());

    public BatchUnderstanding(ItemUnderstanding understanding) {
        this.understanding = understanding;
    }

    /** Starts annotating the items; the future completes when every one has its language and sentiment. */
    public CompletableFuture<Void> annotate(List<BatchIngestion.Received> batch) {
        return CompletableFuture.runAsync(() -> batch.parallelStream().forEach(r -> understanding.annotate(r.item())),
                pool);
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
