package io.sosmed.community.post;

import io.sosmed.platform.consumer.IdempotentConsumer;
import io.sosmed.platform.consumer.InboundEvent;
import io.sosmed.platform.consumer.PoisonMessageException;
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

    /** Status this service gives a post content-service moved to the trash. */
    static final String DELETED = "DELETED";

    static final String CONSUMER = "community-service.post-lifecycle";

    private final IdempotentConsumer consumer;
    private final BrandPostRepository posts;
    private final PublishedPosts published;

    public PostLifecycleConsumer(IdempotentConsumer consumer, BrandPostRepository posts, PublishedPosts published) {
        this.consumer = consumer;
        this.posts = posts;
        this.published = published;
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
            PostPublished publication = event.data(PostPublished.class);
            if (publication.postId() == null || publication.externalId() == null || publication.network() == null) {
                throw new PoisonMessageException("post.published " + event.id() + " lacks postId, network or externalId");
            }
            published.record(event.workspaceId(), publication);
        } else if (EventType.POST_DELETED.type().equals(type)) {
            PostDeleted deleted = event.data(PostDeleted.class);
            posts.findByIdOptional(deleted.postId()).ifPresent(post -> {
                post.status = DELETED;
                post.updatedAt = deleted.deletedAt();
            });
        }
    }

    private void upsert(String workspaceId, PostSnapshot snapshot) {
        BrandPost post = posts.findByIdOptional(snapshot.postId()).orElse(null);
        boolean known = post != null;
        if (known && snapshot.version() < post.version) {
            return;
        }
        if (!known) {
            post = new BrandPost();
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
        if (!known) {
            posts.persist(post);
        }
    }
}
