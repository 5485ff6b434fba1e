package io.sosmed.schedule.publishing;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.sosmed.schedule.network.ChannelContext;
import io.sosmed.schedule.network.AppRateBudgets;
import io.sosmed.schedule.network.ChannelDirectory;
import io.sosmed.schedule.network.ChannelStatus;
import io.sosmed.schedule.network.ChannelSummary;
import io.sosmed.schedule.network.FailureKind;
import io.sosmed.schedule.network.NetworkConnector;
import io.sosmed.schedule.network.NetworkConnectors;
import io.sosmed.schedule.network.NetworkException;
import io.sosmed.schedule.network.Publication;
import io.sosmed.schedule.network.PublishedPost;
import io.sosmed.schedule.scheduling.PublicationRepository;
import io.sosmed.schedule.scheduling.PublicationStatus;
import io.sosmed.schedule.scheduling.ScheduledPublication;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import io.sosmed.schedule.post.PostVariant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * Publishes due work. Each pass: stale PUBLISHING claims become UNCONFIRMED; UNCONFIRMED ones are looked up on the
 * network; channels reconnected since release their waiting publications; then due publications are claimed in small
 * batches ({@link PublicationClaims}) and attempted in parallel. The attempt id is committed before the network call, so
 * a crash between the call and recording its outcome leaves a PUBLISHING row that recovery reconciles by lookup rather
 * than publishing twice. One channel's failure only ever touches its own row.
 */
@ApplicationScoped
public class PublishingEngine {

    private final PublicationClaims claims;
    private final PublicationOutcomes outcomes;
    private final PublicationBuilder builder;
    private final PublicationRepository publications;
    private final ChannelDirectory channels;
    private final NetworkConnectors connectors;
    private final PublishingConfig config;
    private final RetryBackoff backoff;
    private final Clock clock;
    private final ExecutorService workers;
    private final PublishingChannels channelCache;
    private final PublishedOutcomeWriter writer;
    private final FirstCommentRetries firstComments;

    public PublishingEngine(PublicationClaims claims, PublicationOutcomes outcomes, PublicationBuilder builder,
            PublicationRepository publications, ChannelDirectory channels, NetworkConnectors connectors,
            PublishingConfig config, Clock clock, PublishingChannels channelCache, PublishedOutcomeWriter writer,
            FirstCommentRetries firstComments) {
        this.firstComments = firstComments;
        this.claims = claims;
        this.outcomes = outcomes;
        this.channelCache = channelCache;
        this.writer = writer;
        this.builder = builder;
        this.publications = publications;
        this.channels = channels;
        this.connectors = connectors;
        this.config = config;
        this.clock = clock;
        this.backoff = new RetryBackoff(config.initialBackoff(), config.maxBackoff(), () -> ThreadLocalRandom.current().nextDouble());
        this.workers = Executors.newFixedThreadPool(config.workers(), runnable -> {
            Thread thread = new Thread(runnable, "publishing-worker");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Scheduled(every = "${schedule.publishing.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = PublishingDisabled.class)
    void tick() {
        runOnce();
    }

    /**
     * One full pass; returns how many publications were attempted. Due work is claimed whenever workers are free (a
     * slow call never holds up the claims of the others), and the pass ends once nothing due is left and every
     * outcome is recorded.
     */
    public int runOnce() {
        channelCache.clear();
        outcomes.recoverStale(config.publishTimeout(), config.batchSize());
        reconcileUnconfirmed();
        releaseReconnected();
        int attempted = publishDue();
        int comments = firstComments.runDue();
        if (attempted > 0 || comments > 0) {
            Log.infof("Publishing pass: %d publications and %d first-comment retries attempted", attempted, comments);
        }
        return attempted;
    }

    private int publishDue() {
        Semaphore idle = new Semaphore(config.workers());
        int chunk = Math.max(1, Math.min(config.batchSize(), config.workers() / 4));
        List<CompletableFuture<Void>> recorded = Collections.synchronizedList(new ArrayList<>());
        int attempted = 0;
        try {
            while (true) {
                idle.acquire(chunk);
                int slots = chunk + idle.drainPermits();
                int wanted = Math.min(slots, config.batchSize());
                idle.release(slots - wanted);
                List<Claim> claimed = claims.claimDue(clock.instant(), wanted);
                idle.release(wanted - claimed.size());
                if (claimed.isEmpty()) {
                    break;
                }
                attempted += claimed.size();
                Map<UUID, List<PostVariant>> variants = builder.variantsOf(claimed);
                for (Claim claim : claimed) {
                    workers.execute(() -> {
                        try {
                            attempt(claim, variants).ifPresent(recorded::add);
                        } catch (RuntimeException e) {
                            Log.errorf(e, "Publishing work failed on publication %s", claim.id());
                        } finally {
                            idle.release();
                        }
                    });
                }
            }
            idle.acquire(config.workers());
            idle.release(config.workers());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return attempted;
        }
        List<CompletableFuture<Void>> waiting;
        synchronized (recorded) {
            waiting = List.copyOf(recorded);
        }
        try {
            CompletableFuture.allOf(waiting.toArray(CompletableFuture[]::new)).join();
        } catch (RuntimeException e) {
            Log.warnf("Some successes could not be recorded (%s); recovery looks those posts up", e.getMessage());
        }
        return attempted;
    }

    /** Looks UNCONFIRMED publications up with their attempt's marker: found means PUBLISHED, never a second post. */
    public void reconcileUnconfirmed() {
        List<Claim> claimed = claims.claimLookups(clock.instant(), config.lookupInterval(), config.maxLookups(), config.batchSize());
        runAll(claimed, this::lookUp);
    }

    /** Attempts one claim; a success is handed to the outcome writer, whose future says when it is recorded. */
    private Optional<CompletableFuture<Void>> attempt(Claim claim, Map<UUID, List<PostVariant>> variants) {
        PublishingChannels.Access access = channelCache.get(claim.workspaceId(), claim.channelId());
        Optional<ChannelSummary> channel = access.summary();
        if (channel.isEmpty() || channel.get().status() == ChannelStatus.DISCONNECTED) {
            outcomes.failed(claim, "channel_disconnected", "The channel was disconnected; reconnect it and schedule the post again", false);
            return Optional.empty();
        }
        if (channel.get().status() == ChannelStatus.NEEDS_RECONNECT) {
            outcomes.waitForReconnect(claim, "channel_needs_reconnect", "The channel " + channel.get().handle() + " needs reconnecting");
            return Optional.empty();
        }
        Optional<NetworkConnector> connector = connectors.of(channel.get().network());
        Optional<ChannelContext> context = access.context();
        if (connector.isEmpty() || context.isEmpty()) {
            outcomes.failed(claim, "network_not_supported", connector.isEmpty()
                    ? "Sosmed cannot publish to " + channel.get().network() + " yet"
                    : "The channel's credentials are missing; reconnect it", false);
            return Optional.empty();
        }
        Publication publication;
        try {
            publication = builder.build(claim, variants);
        } catch (PublicationBuilder.MissingVariant e) {
            outcomes.failed(claim, "variant_missing", e.getMessage(), false);
            return Optional.empty();
        } catch (MediaSource.MediaUnavailable e) {
            if (e.retryable()) {
                outcomes.retryLater(claim, "media_unavailable", e.getMessage(), retryAt(claim, Optional.empty()), config.maxAttempts(),
                        false);
            } else {
                outcomes.failed(claim, "media_missing", e.getMessage(), false);
            }
            return Optional.empty();
        } catch (NetworkException e) {
            // Credentials checks in ChannelContext.credential throw before anything is sent.
            handle(claim, e);
            return Optional.empty();
        }
        PublishedPost published;
        try {
            published = connector.get().publish(context.get(), publication);
        } catch (NetworkException e) {
            handle(claim, e);
            return Optional.empty();
        } catch (RuntimeException e) {
            Log.errorf(e, "Connector %s failed unexpectedly on publication %s", channel.get().network(), claim.id());
            outcomes.unconfirmed(claim, "The " + channel.get().network() + " call ended unexpectedly; the post may exist: "
                    + "looking it up on the network");
            return Optional.empty();
        }
        return Optional.of(writer.published(claim, published, hasFirstComment(publication)));
    }

    private static boolean hasFirstComment(Publication publication) {
        return publication.firstComment() != null && !publication.firstComment().isBlank();
    }

    private void handle(Claim claim, NetworkException e) {
        switch (e.kind()) {
            case RETRYABLE -> {
                if (AppRateBudgets.HELD.equals(e.code())) {
                    // Held by the app's budget before reaching the network: waiting for it is not an attempt.
                    outcomes.waitForAppBudget(claim, e.code(), e.getMessage(),
                            clock.instant().plus(e.retryAfter().orElse(config.initialBackoff())));
                } else {
                    outcomes.retryLater(claim, e.code(), e.getMessage(), retryAt(claim, e.retryAfter()),
                            config.maxAttempts(), e.retryAfter().isPresent());
                }
            }
            case PERMANENT -> outcomes.failed(claim, e.code(), e.getMessage(), false);
            case AUTH -> {
                channelCache.invalidate(claim.workspaceId(), claim.channelId());
                outcomes.waitForReconnect(claim, e.code(), e.getMessage());
            }
            case UNKNOWN_OUTCOME -> outcomes.unconfirmed(claim, e.getMessage() + "; looking the post up on the network");
        }
    }

    void lookUp(Claim claim) {
        Optional<ChannelSummary> channel = channels.find(claim.workspaceId(), claim.channelId());
        Optional<NetworkConnector> connector = channel.flatMap(c -> connectors.of(c.network()));
        Optional<ChannelContext> context = channels.context(claim.workspaceId(), claim.channelId());
        if (connector.isEmpty() || context.isEmpty()) {
            return;
        }
        try {
            Publication publication = builder.build(claim);
            Optional<PublishedPost> found = connector.get().lookup(context.get(), publication);
            if (found.isPresent()) {
                outcomes.published(claim, found.get(), false);
            } else if (claim.lookups() >= config.maxLookups() && connector.get().deduplicatesRepeatedAttempts()) {
                republish(claim, connector.get(), context.get(), publication);
            } else {
                outcomes.notFoundByLookup(claim, config.maxLookups());
            }
        } catch (NetworkException e) {
            if (e.kind() == FailureKind.AUTH) {
                QuarkusTransaction.requiringNew().run(() -> channels.markNeedsReconnect(claim.workspaceId(), claim.channelId(), e.getMessage()));
            }
            Log.infof("Lookup of publication %s failed (%s); trying again later", claim.id(), e.code());
        } catch (RuntimeException e) {
            Log.warnf("Lookup of publication %s failed: %s; trying again later", claim.id(), e.getMessage());
        }
    }

    /**
     * Publishes an UNCONFIRMED attempt that lookups did not find again, with the same attempt id: the network answers
     * with the first post if the lost call did create one, so this can never make a second post.
     */
    private void republish(Claim claim, NetworkConnector connector, ChannelContext context, Publication publication) {
        Log.infof("Publication %s was not found after %d lookups; publishing attempt %s again, which %s deduplicates",
                claim.id(), claim.lookups(), claim.attemptId(), connector.network());
        try {
            outcomes.published(claim, connector.publish(context, publication), hasFirstComment(publication));
        } catch (NetworkException e) {
            handle(claim, e);
        }
    }

    /** Publications waiting for a reconnect go back to SCHEDULED (due now) once their channel is active again. */
    void releaseReconnected() {
        QuarkusTransaction.requiringNew().run(() -> {
            List<ScheduledPublication> waiting = publications.list("status", PublicationStatus.WAITING_RECONNECT);
            Instant now = clock.instant();
            for (ScheduledPublication p : waiting) {
                boolean active = channels.find(p.workspaceId, p.channelId).map(c -> c.status() == ChannelStatus.ACTIVE).orElse(false);
                if (active) {
                    p.status = PublicationStatus.SCHEDULED;
                    p.dueAt = now;
                    p.updatedAt = now;
                }
            }
        });
    }

    private Instant retryAt(Claim claim, Optional<Duration> retryAfter) {
        return clock.instant().plus(backoff.delay(claim.attempts(), retryAfter));
    }

    private void runAll(List<Claim> claimed, Consumer<Claim> action) {
        List<Future<?>> running = new ArrayList<>();
        for (Claim claim : claimed) {
            running.add(workers.submit(() -> action.accept(claim)));
        }
        for (Future<?> future : running) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException e) {
                Log.errorf(e.getCause(), "Publishing work failed");
            }
        }
    }

    void stop(@Observes ShutdownEvent event) {
        workers.shutdownNow();
    }
}
