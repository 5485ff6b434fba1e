package io.sosmed.community.post;

import io.sosmed.platform.consumer.IdempotentConsumer;
import io.sosmed.platform.consumer.InboundEvent;
import io.sosmed.platform.event.EventType;
import io.sosmed.platform.event.Topics;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps community-service's copy of posts in step with content-service's post lifecycle events. */
@ApplicationScoped
public class PostLifecycleConsumer {

    static final String CONSUMER = "community-service.post-lifecycle";

    private final IdempotentConsumer consumer;
    private final BrandPostRepository posts;

    public PostLifecycleConsumer(IdempotentConsumer consumer, BrandPostRepository posts) {
        this.consumer = consumer;
        this.posts = posts;
    }

    @Incoming(Topics.POST_LIFECYCLE)
    @Blocking
    public void receive(String message) {
        consumer.handle(CONSUMER, message, this::apply);
    }

    private void apply(InboundEvent event) {
        if (EventType.POST_CREATED.type().equals(event.type())) {
            record(event.workspaceId(), event.data(PostCreated.class));
        }
    }

    private void record(String workspaceId, PostCreated created) {
        BrandPost post = new BrandPost();
        post.postId = created.postId();
        post.workspaceId = workspaceId;
        post.title = created.title();
        post.status = created.status();
        post.channelIds = new ArrayList<>(created.variants().stream().map(PostCreated.Variant::channelId).toList());
        post.createdAt = created.createdAt();
        post.receivedAt = Instant.now();
        posts.persist(post);
    }
}
