package io.sosmed.content.publication;

import io.smallrye.common.annotation.Blocking;
import io.sosmed.platform.consumer.IdempotentConsumer;
import io.sosmed.platform.event.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads schedule-service's scheduling and publishing outcomes from {@code post-lifecycle}, each event once;
 * content-service's own post events on the same topic are ignored. Poison messages go to {@code post-lifecycle.dlq}.
 */
@ApplicationScoped
public class PostLifecycleConsumer {

    static final String CONSUMER = "content-service.post-lifecycle";

    private final IdempotentConsumer consumer;
    private final PublicationTracker tracker;

    public PostLifecycleConsumer(IdempotentConsumer consumer, PublicationTracker tracker) {
        this.consumer = consumer;
        this.tracker = tracker;
    }

    @Incoming(Topics.POST_LIFECYCLE)
    @Blocking
    public void receive(String message) {
        consumer.handle(CONSUMER, message, tracker::apply);
    }
}
