package io.sosmed.content.publication;

import io.quarkus.logging.Log;
import io.sosmed.content.post.Post;
import io.sosmed.content.post.PostRepository;
import io.sosmed.content.post.PostStatus;
import io.sosmed.content.post.PublicationStatus;
import io.sosmed.content.post.VariantPublication;
import io.sosmed.content.post.VariantPublicationRepository;
import io.sosmed.platform.consumer.InboundEvent;
import io.sosmed.platform.consumer.PoisonMessageException;
import io.sosmed.platform.event.EventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * Applies schedule-service's post-lifecycle events to the variants' publication states and the post's overall
 * status. These status changes record no {@code post.updated}: schedule-service reads a post.updated as an edit of
 * the post (and would unschedule it), and it already knows what it told us.
 */
@ApplicationScoped
public class PublicationTracker {

    /** Statuses a post leaves when it is scheduled and returns to when its last schedule is removed. */
    private static final Set<PostStatus> IN_PIPELINE = EnumSet.of(PostStatus.SCHEDULED, PostStatus.PUBLISHING,
            PostStatus.PUBLISHED);

    private final PostRepository posts;
    private final VariantPublicationRepository publications;
    private final EntityManager em;

    public PublicationTracker(PostRepository posts, VariantPublicationRepository publications, EntityManager em) {
        this.posts = posts;
        this.publications = publications;
        this.em = em;
    }

    /**
     * Applies one event in the consumer's transaction; types this service does not track are ignored, and so are
     * events about posts the workspace does not have (logged, not dead-lettered).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(InboundEvent event) {
        switch (EventTypes.of(event.type())) {
            case SCHEDULED -> track(event, event.data(LifecycleEvents.Scheduled.class), this::scheduled);
            case UNSCHEDULED -> track(event, event.data(LifecycleEvents.Unscheduled.class), this::unscheduled);
            case PUBLISHED -> track(event, event.data(LifecycleEvents.Published.class), this::published);
            case FAILED -> track(event, event.data(LifecycleEvents.PublishFailed.class), this::failed);
            case UNCONFIRMED -> track(event, event.data(LifecycleEvents.PublishUnconfirmed.class), this::unconfirmed);
            case OTHER -> Log.tracef("Event %s (%s) is not tracked here", event.id(), event.type());
        }
    }

    private <T extends LifecycleEvents.AboutPost> void track(InboundEvent event, T data, BiConsumer<UUID, T> change) {
        UUID postId = required(data.postId());
        Post post = posts.findInWorkspace(event.workspaceId(), postId).orElse(null);
        if (post == null) {
            Log.warnf("Event %s (%s) is about post %s that workspace %s does not have; ignored", event.id(),
                    event.type(), postId, event.workspaceId());
            return;
        }
        change.accept(postId, data);
        settleStatus(event, post);
    }

    private void scheduled(UUID postId, LifecycleEvents.Scheduled event) {
        for (String channel : channels(event.channelIds())) {
            VariantPublication state = publications.findOrNew(postId, channel);
            state.status = PublicationStatus.SCHEDULED;
            state.scheduleId = event.scheduleId();
            state.scheduledAt = event.scheduledAt();
            state.zone = event.zone();
            state.clearOutcome();
            save(state);
        }
    }

    private void unscheduled(UUID postId, LifecycleEvents.Unscheduled event) {
        publications.deleteUnpublished(postId, channels(event.channelIds()));
    }

    private void published(UUID postId, LifecycleEvents.Published event) {
        VariantPublication state = publications.findOrNew(postId, required(event.channelId()));
        state.clearOutcome();
        state.status = PublicationStatus.PUBLISHED;
        state.attemptId = event.attemptId();
        state.externalId = event.externalId();
        state.url = event.url();
        state.publishedAt = event.publishedAt();
        if (event.scheduledAt() != null) {
            state.scheduledAt = event.scheduledAt();
        }
        save(state);
    }

    private void failed(UUID postId, LifecycleEvents.PublishFailed event) {
        VariantPublication state = publications.findOrNew(postId, required(event.channelId()));
        if (alreadyPublished(state, event.attemptId())) {
            return;
        }
        state.clearOutcome();
        state.status = PublicationStatus.FAILED;
        state.attemptId = event.attemptId();
        state.errorCode = event.code();
        state.errorReason = event.reason();
        state.retryable = event.retryable();
        state.attempts = event.attempts();
        save(state);
    }

    private void unconfirmed(UUID postId, LifecycleEvents.PublishUnconfirmed event) {
        VariantPublication state = publications.findOrNew(postId, required(event.channelId()));
        if (alreadyPublished(state, event.attemptId())) {
            return;
        }
        state.clearOutcome();
        state.status = PublicationStatus.UNCONFIRMED;
        state.attemptId = event.attemptId();
        state.errorReason = event.reason();
        save(state);
    }

    /** A late failure or timeout never takes back a publication the network confirmed. */
    private static boolean alreadyPublished(VariantPublication state, UUID attemptId) {
        if (state.status == PublicationStatus.PUBLISHED) {
            Log.infof("Post %s on channel %s is already published; outcome of attempt %s ignored", state.postId,
                    state.channelId, attemptId);
            return true;
        }
        return false;
    }

    private void save(VariantPublication state) {
        state.updatedAt = Instant.now();
        if (!em.contains(state)) {
            publications.persist(state);
        }
    }

    private void settleStatus(InboundEvent event, Post post) {
        UUID postId = post.id;
        Map<String, PublicationStatus> states = new HashMap<>();
        publications.findByPost(postId).forEach(p -> states.put(p.channelId, p.status));
        List<String> channels = post.variants.stream().map(v -> v.channelId).toList();
        PostStatus next = PostStatusRule.overall(post.status, channels, states, statusBeforeScheduling(postId));
        if (next == post.status) {
            return;
        }
        if (!IN_PIPELINE.contains(post.status) && IN_PIPELINE.contains(next)) {
            rememberStatusBeforeScheduling(postId, post.status);
        } else if (!IN_PIPELINE.contains(next)) {
            forgetStatusBeforeScheduling(postId);
        }
        Log.infof("Post %s of workspace %s: %s -> %s after %s", postId, post.workspaceId, post.status, next, event.type());
        post.status = next;
    }

    private PostStatus statusBeforeScheduling(UUID postId) {
        List<?> found = em.createNativeQuery("select status from post_status_before_scheduling where post_id = ?1")
                .setParameter(1, postId).getResultList();
        return found.isEmpty() ? null : PostStatus.valueOf((String) found.get(0));
    }

    private void rememberStatusBeforeScheduling(UUID postId, PostStatus status) {
        em.createNativeQuery("""
                        insert into post_status_before_scheduling (post_id, status) values (?1, ?2)
                        on conflict (post_id) do update set status = excluded.status""")
                .setParameter(1, postId).setParameter(2, status.name()).executeUpdate();
    }

    private void forgetStatusBeforeScheduling(UUID postId) {
        em.createNativeQuery("delete from post_status_before_scheduling where post_id = ?1").setParameter(1, postId)
                .executeUpdate();
    }

    private static UUID required(UUID postId) {
        if (postId == null) {
            throw new PoisonMessageException("post-lifecycle event without postId");
        }
        return postId;
    }

    private static String required(String channelId) {
        if (channelId == null || channelId.isBlank()) {
            throw new PoisonMessageException("post-lifecycle event without channelId");
        }
        return channelId;
    }

    private static List<String> channels(List<String> channelIds) {
        if (channelIds == null || channelIds.isEmpty()) {
            throw new PoisonMessageException("post-lifecycle event without channelIds");
        }
        return channelIds;
    }

    /** The event types this tracker applies. */
    private enum EventTypes {
        SCHEDULED, UNSCHEDULED, PUBLISHED, FAILED, UNCONFIRMED, OTHER;

        static EventTypes of(String type) {
            if (EventType.POST_SCHEDULED.type().equals(type) || EventType.POST_RESCHEDULED.type().equals(type)) {
                return SCHEDULED;
            }
            if (EventType.POST_UNSCHEDULED.type().equals(type)) {
                return UNSCHEDULED;
            }
            if (EventType.POST_PUBLISHED.type().equals(type)) {
                return PUBLISHED;
            }
            if (EventType.POST_PUBLISH_FAILED.type().equals(type)) {
                return FAILED;
            }
            if (EventType.POST_PUBLISH_UNCONFIRMED.type().equals(type)) {
                return UNCONFIRMED;
            }
            return OTHER;
        }
    }
}
