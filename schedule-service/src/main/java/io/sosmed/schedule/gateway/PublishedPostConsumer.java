package io.sosmed.schedule.gateway;

import io.sosmed.platform.consumer.IdempotentConsumer;
import io.sosmed.platform.consumer.InboundEvent;
import io.sosmed.platform.event.EventType;
import io.sosmed.schedule.network.Network;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Starts collecting a post's metrics once it was published. Reads {@code post-lifecycle} through its own channel and
 * consumer group, independent of the scheduler's consumer of the same topic.
 */
@ApplicationScoped
public class PublishedPostConsumer {

    /** Channel name: a second subscription to the {@code post-lifecycle} topic. */
    static final String CHANNEL = "post-lifecycle-gateway";
    static final String CONSUMER = "schedule-service.gateway.post-published";

    private final IdempotentConsumer consumer;
    private final MetricsCollector metrics;

    public PublishedPostConsumer(IdempotentConsumer consumer, MetricsCollector metrics) {
        this.consumer = consumer;
        this.metrics = metrics;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void receive(String message) {
        consumer.handle(CONSUMER, message, Set.of(EventType.POST_PUBLISHED), this::apply);
    }

    private void apply(InboundEvent event) {
        PostPublished published = event.data(PostPublished.class);
        Network network = Network.parse(published.network()).orElse(null);
        if (network == null || published.externalId() == null || published.channelId() == null) {
            throw new io.sosmed.platform.consumer.PoisonMessageException("post.published " + event.id()
                    + " lacks channelId, network or externalId");
        }
        metrics.schedule(event.workspaceId(), published.channelId(), network, published.postId(),
                published.externalId(), published.publishedAt() == null ? Instant.now() : published.publishedAt());
    }

    /** The fields of {@code sosmed.post.published.v1} the gateway needs. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    public record PostPublished(UUID postId, String channelId, String network, String externalId, Instant publishedAt) {
    }
}
