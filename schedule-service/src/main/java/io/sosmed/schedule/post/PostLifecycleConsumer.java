package io.sosmed.schedule.post;

import io.sosmed.platform.consumer.IdempotentConsumer;
import io.sosmed.platform.consumer.InboundEvent;
import io.sosmed.platform.event.EventType;
import io.sosmed.platform.event.Topics;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps schedule-service's copy of posts in step with content-service's post lifecycle events, and withdraws a post's
 * schedules when its content is edited (a new version with different variants or title) or when it is deleted.
 */
@ApplicationScoped
public class PostLifecycleConsumer {

    /** Status this service gives a post content-service moved to the trash. */
    static final String DELETED = "DELETED";

    static final String CONSUMER = "schedule-service.post-lifecycle";

    private static final Set<String> SNAPSHOTS = Set.of(EventType.POST_CREATED.type(), EventType.POST_UPDATED.type(),
            EventType.POST_APPROVED.type());

    private final IdempotentConsumer consumer;
    private final SchedulablePostRepository posts;
    private final Event<PostWithdrawn> withdrawn;

    public PostLifecycleConsumer(IdempotentConsumer consumer, SchedulablePostRepository posts, Event<PostWithdrawn> withdrawn) {
        this.consumer = consumer;
        this.posts = posts;
        this.withdrawn = withdrawn;
    }

    @Incoming(Topics.POST_LIFECYCLE)
    @Blocking
    public void receive(String message) {
        consumer.handle(CONSUMER, message, this::apply);
    }

    private void apply(InboundEvent event) {
        String type = event.type();
        if (SNAPSHOTS.contains(type)) {
            upsert(event.workspaceId(), event.data(PostSnapshot.class), EventType.POST_UPDATED.type().equals(type));
        } else if (EventType.POST_DELETED.type().equals(type)) {
            PostDeleted deleted = event.data(PostDeleted.class);
            posts.findByIdOptional(deleted.postId()).ifPresent(post -> {
                post.status = DELETED;
                post.updatedAt = deleted.deletedAt();
                withdrawn.fire(new PostWithdrawn(post.workspaceId, post.postId, PostWithdrawn.Reason.POST_DELETED));
            });
        }
    }

    private void upsert(String workspaceId, PostSnapshot snapshot, boolean edit) {
        SchedulablePost post = posts.findByIdOptional(snapshot.postId()).orElse(null);
        boolean known = post != null;
        if (known && snapshot.version() < post.version) {
            return;
        }
        List<PostVariant> variants = snapshot.variants().stream().map(PostSnapshot.Variant::toVariant).toList();
        boolean contentChanged = known && snapshot.version() > post.version
                && (!Objects.equals(post.title, snapshot.title()) || !post.variants.equals(variants));
        if (!known) {
            post = new SchedulablePost();
            post.postId = snapshot.postId();
            post.workspaceId = workspaceId;
            post.createdAt = snapshot.createdAt();
            post.receivedAt = Instant.now();
        }
        post.title = snapshot.title();
        post.status = snapshot.status();
        post.version = snapshot.version();
        post.updatedAt = snapshot.updatedAt();
        post.approvalRequired = Boolean.TRUE.equals(snapshot.approvalRequired());
        post.campaignId = snapshot.campaignId();
        post.pillar = snapshot.pillar();
        post.channelIds = new ArrayList<>(variants.stream().map(PostVariant::channelId).toList());
        post.variants = new ArrayList<>(variants);
        if (!known) {
            posts.persist(post);
        } else if (edit && contentChanged) {
            withdrawn.fire(new PostWithdrawn(workspaceId, post.postId, PostWithdrawn.Reason.POST_EDITED));
        }
    }
}
