package io.sosmed.analytics.post;

import io.sosmed.platform.consumer.IdempotentConsumer;
import io.sosmed.platform.consumer.InboundEvent;
import io.sosmed.platform.event.EventType;
import io.sosmed.platform.event.Topics;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps analytics-service's copy of posts in step with content-service's post lifecycle events. */
@ApplicationScoped
public class PostLifecycleConsumer {

    /** Status this service gives a post content-service moved to the trash. */
    static final String DELETED = "DELETED";

    static final String CONSUMER = "analytics-service.post-lifecycle";

    private final IdempotentConsumer consumer;
    private final TrackedPostRepository posts;
    private final PostVariants variants;

    public PostLifecycleConsumer(IdempotentConsumer consumer, TrackedPostRepository posts, PostVariants variants) {
        this.consumer = consumer;
        this.posts = posts;
        this.variants = variants;
    }

    @Incoming(Topics.POST_LIFECYCLE)
    @Blocking
    public void receive(String message) {
        consumer.handle(CONSUMER, message, this::apply);
    }

    private void apply(InboundEvent event) {
        String type = event.type();
        if (EventType.POST_CREATED.type().equals(type) || EventType.POST_UPDATED.type().equals(type)) {
            upsert(event.workspaceId(), event.data(PostSnapshot.class));
        } else if (EventType.POST_PUBLISHED.type().equals(type)) {
            variants.savePublication(event.workspaceId(), event.data(PostPublished.class));
        } else if (EventType.POST_DELETED.type().equals(type)) {
            PostDeleted deleted = event.data(PostDeleted.class);
            posts.findByIdOptional(deleted.postId()).ifPresent(post -> {
                post.status = DELETED;
                post.updatedAt = deleted.deletedAt();
            });
        }
    }

    private void upsert(String workspaceId, PostSnapshot snapshot) {
        TrackedPost post = posts.findByIdOptional(snapshot.postId()).orElse(null);
        boolean known = post != null;
        if (known && snapshot.version() < post.version) {
            return;
        }
        if (!known) {
            post = new TrackedPost();
            post.postId = snapshot.postId();
            post.workspaceId = workspaceId;
            post.createdAt = snapshot.createdAt();
            post.receivedAt = Instant.now();
        }
        post.title = snapshot.title();
        post.status = snapshot.status();
        post.version = snapshot.version();
        post.updatedAt = snapshot.updatedAt();
        post.channelIds = new ArrayList<>(snapshot.variants().stream().map(PostSnapshot.Variant::channelId).toList());
        post.campaignId = snapshot.campaignId();
        post.pillar = snapshot.pillar();
        post.tags = snapshot.tags() == null ? new ArrayList<>() : new ArrayList<>(snapshot.tags());
        if (!known) {
            posts.persist(post);
        }
        variants.saveContent(workspaceId, snapshot);
    }
}
