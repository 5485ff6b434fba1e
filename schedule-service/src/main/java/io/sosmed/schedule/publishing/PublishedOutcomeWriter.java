package io.sosmed.schedule.publishing;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.sosmed.schedule.network.PublishedPost;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Records successful attempts in groups: whatever succeeded while the previous group was being written goes into the
 * next transaction together (rows, outcome events), instead of one transaction per publication. A post that exists
 * on the network and is not recorded yet is exactly the window a crash already leaves open; recovery looks it up by
 * its attempt, so grouping never publishes twice. A group that fails as a whole is written one by one.
 */
@ApplicationScoped
public class PublishedOutcomeWriter {

    private static final int MAX_GROUP = 256;

    record Success(Claim claim, PublishedPost post, boolean firstComment, CompletableFuture<Void> written) {
    }

    private final PublicationOutcomes outcomes;
    private final BlockingQueue<Success> pending = new LinkedBlockingQueue<>();
    private Thread writer;

    public PublishedOutcomeWriter(PublicationOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    @PostConstruct
    void start() {
        writer = new Thread(this::writeForever, "publishing-outcome-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /** Queues a success; the future completes once it is committed (or was found to be stale and ignored). */
    CompletableFuture<Void> published(Claim claim, PublishedPost post, boolean firstComment) {
        Success success = new Success(claim, post, firstComment, new CompletableFuture<>());
        pending.add(success);
        return success.written();
    }

    private void writeForever() {
        List<Success> group = new ArrayList<>();
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Success first = pending.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                pending.drainTo(group, MAX_GROUP - 1);
                write(group);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                group.clear();
            }
        }
    }

    private void write(List<Success> group) {
        try {
            outcomes.publishedAll(group.stream().map(s -> new PublicationOutcomes.Published(s.claim(), s.post(), s.firstComment())).toList());
            group.forEach(s -> s.written().complete(null));
        } catch (RuntimeException groupFailure) {
            Log.warnf(groupFailure, "Recording %d successful attempts together failed; recording them one by one", group.size());
            for (Success success : group) {
                try {
                    outcomes.published(success.claim(), success.post(), success.firstComment());
                    success.written().complete(null);
                } catch (RuntimeException e) {
                    Log.errorf(e, "Recording the success of attempt %s failed; recovery will look the post up",
                            success.claim().attemptId());
                    success.written().completeExceptionally(e);
                }
            }
        }
    }

    void stop(@Observes ShutdownEvent event) {
        if (writer != null) {
            writer.interrupt();
            try {
                writer.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        List<Success> left = new ArrayList<>();
        pending.drainTo(left);
        if (!left.isEmpty()) {
            write(left);
        }
    }
}
