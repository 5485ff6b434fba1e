package io.sosmed.content.post;

import io.sosmed.platform.paging.KeysetCursor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.sosmed.platform.event.EventType;
import io.sosmed.platform.outbox.Outbox;
import io.sosmed.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Creates, edits, lists, deletes and restores posts; every change records its event in the same transaction. */
@ApplicationScoped
public class PostService {

    /** How long a deleted post can be restored. */
    static final Duration RESTORE_WINDOW = Duration.ofDays(30);

    /**
     * An edit of a post in these states withdraws the approval (or the review in progress): it returns to DRAFT,
     * is unscheduled, and its approval round is cancelled.
     */
    private static final Set<PostStatus> EDIT_WITHDRAWS_APPROVAL =
            EnumSet.of(PostStatus.IN_REVIEW, PostStatus.APPROVED, PostStatus.SCHEDULED);
    private static final Set<PostStatus> LOCKED = EnumSet.of(PostStatus.PUBLISHING, PostStatus.PUBLISHED);

    private final PostRepository posts;
    private final Outbox outbox;
    private final ObjectMapper mapper;
    private final Validator validator;
    private final ApprovalRequirement approvalRequirement;
    private final Event<PostChanged> changes;
    private final PostReferences references;

    public PostService(PostRepository posts, Outbox outbox, ObjectMapper mapper, Validator validator,
            ApprovalRequirement approvalRequirement, Event<PostChanged> changes, PostReferences references) {
        this.posts = posts;
        this.outbox = outbox;
        this.mapper = mapper;
        this.validator = validator;
        this.approvalRequirement = approvalRequirement;
        this.changes = changes;
        this.references = references;
    }

    @Transactional
    public Post create(String workspaceId, String authorId, PostRequest request) {
        references.verify(workspaceId, request);
        Post post = insert(workspaceId, authorId, request);
        recordCreated(post);
        posts.flush();
        changes.fire(new PostChanged(post, PostAction.CREATED, authorId));
        Log.infof("Post %s created in workspace %s with %d variants", post.id, workspaceId, post.variants.size());
        return post;
    }

    /**
     * Creates many drafts in the caller's transaction, e.g. from a bulk import that has already checked each
     * request and its campaign and pillar references. The posts are flushed before their events are recorded, so
     * their inserts go to the database in JDBC batches.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Post> createAll(String workspaceId, String authorId, List<PostRequest> requests) {
        List<Post> created = new ArrayList<>(requests.size());
        for (PostRequest request : requests) {
            created.add(insert(workspaceId, authorId, request));
        }
        posts.flush();
        created.forEach(this::recordCreated);
        created.forEach(post -> changes.fire(new PostChanged(post, PostAction.CREATED, authorId)));
        Log.infof("%d posts created in workspace %s by %s", created.size(), workspaceId, authorId);
        return created;
    }

    private Post insert(String workspaceId, String authorId, PostRequest request) {
        Instant now = Instant.now();
        Post post = new Post();
        post.id = UUID.randomUUID();
        post.workspaceId = workspaceId;
        post.status = PostStatus.DRAFT;
        post.authorId = authorId;
        post.createdAt = now;
        apply(post, request, now);
        posts.persist(post);
        return post;
    }

    private void recordCreated(Post post) {
        outbox.record(EventType.POST_CREATED, post.workspaceId, post.id.toString(), post.id.toString(),
                PostSnapshot.created(post, approvalRequirement.requiredFor(post)));
    }

    /** A live post; posts in the trash are not found here. */
    @Transactional
    public Post get(String workspaceId, UUID id) {
        return posts.findInWorkspace(workspaceId, id).filter(p -> !p.isDeleted())
                .orElseThrow(() -> ProblemException.notFound("Post", id.toString()));
    }

    @Transactional
    public PostPage list(String workspaceId, PostFilter filter, String cursor, int limit) {
        KeysetCursor after = KeysetCursor.decodeOrNull(cursor);
        List<Post> found = posts.search(workspaceId, filter, after, limit + 1);
        List<Post> page = found.subList(0, Math.min(limit, found.size()));
        String next = found.size() > limit ? new KeysetCursor(page.get(limit - 1).createdAt, page.get(limit - 1).id).encode() : null;
        return new PostPage(page.stream().map(PostResponse::of).toList(), next);
    }

    /** Replaces the whole post, if the caller saw its current version. */
    @Transactional
    public Post replace(String workspaceId, UUID id, long expectedVersion, PostRequest request, String actor) {
        Post post = editable(workspaceId, id, expectedVersion);
        return update(post, request, actor, PostAction.REPLACED);
    }

    /** Applies a JSON Merge Patch to the post's request form, validates the result like a PUT and stores it. */
    @Transactional
    public Post patch(String workspaceId, UUID id, long expectedVersion, JsonNode patch, String actor) {
        Post post = editable(workspaceId, id, expectedVersion);
        if (patch == null || !patch.isObject()) {
            throw new ProblemException(400, "malformed-request", "Request body cannot be read",
                    "A merge patch must be a JSON object");
        }
        JsonNode merged = MergePatch.apply(mapper.valueToTree(PostRequest.of(post)), patch);
        PostRequest request;
        try {
            request = mapper.treeToValue(merged, PostRequest.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ProblemException(400, "malformed-request", "Request body cannot be read",
                    "The patched post is not a valid post: " + e.getOriginalMessage().replaceAll("\\(class [^)]*\\)", ""));
        }
        Set<ConstraintViolation<PostRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return update(post, request, actor, PostAction.PATCHED);
    }

    /** Moves the post to the trash; it can be restored for {@link #RESTORE_WINDOW}. */
    @Transactional
    public void delete(String workspaceId, UUID id, String actor) {
        Post post = get(workspaceId, id);
        if (post.status == PostStatus.PUBLISHING) {
            throw new ProblemException(409, "post-publishing", "Post is being published",
                    "Wait until publishing has finished, then delete the post");
        }
        Instant now = Instant.now();
        post.deletedAt = now;
        post.deletedBy = actor;
        post.updatedAt = now;
        outbox.record(EventType.POST_DELETED, workspaceId, post.id.toString(), post.id.toString(),
                new PostDeleted(post.id, now, actor, now.plus(RESTORE_WINDOW)));
        posts.flush();
        changes.fire(new PostChanged(post, PostAction.DELETED, actor));
        Log.infof("Post %s of workspace %s moved to the trash by %s", post.id, workspaceId, actor);
    }

    /** Takes a post out of the trash; approval given before the deletion does not survive it. */
    @Transactional
    public Post restore(String workspaceId, UUID id, String actor) {
        Post post = posts.findInWorkspace(workspaceId, id)
                .orElseThrow(() -> ProblemException.notFound("Post", id.toString()));
        if (!post.isDeleted()) {
            throw new ProblemException(409, "post-not-deleted", "Post is not in the trash", "Only deleted posts can be restored");
        }
        Instant now = Instant.now();
        if (post.deletedAt.plus(RESTORE_WINDOW).isBefore(now)) {
            throw new ProblemException(410, "restore-window-passed", "Too late to restore",
                    "Posts can be restored for " + RESTORE_WINDOW.toDays() + " days after deletion");
        }
        PostStatus previous = post.status;
        if (EDIT_WITHDRAWS_APPROVAL.contains(post.status)) {
            post.status = PostStatus.DRAFT;
        }
        post.deletedAt = null;
        post.deletedBy = null;
        post.updatedAt = now;
        recordUpdate(post, previous, actor);
        changes.fire(new PostChanged(post, PostAction.RESTORED, actor));
        return post;
    }

    private Post editable(String workspaceId, UUID id, long expectedVersion) {
        Post post = get(workspaceId, id);
        if (post.version != expectedVersion) {
            throw PostVersion.stale(PostVersion.etag(expectedVersion));
        }
        if (LOCKED.contains(post.status)) {
            throw new ProblemException(409, "post-locked", "Post can no longer be edited",
                    "A post that is " + post.status.name().toLowerCase() + " cannot be edited; duplicate it instead");
        }
        return post;
    }

    private Post update(Post post, PostRequest request, String actor, PostAction action) {
        references.verify(post.workspaceId, request);
        PostStatus previous = post.status;
        if (EDIT_WITHDRAWS_APPROVAL.contains(post.status)) {
            post.status = PostStatus.DRAFT;
        }
        apply(post, request, Instant.now());
        recordUpdate(post, previous, actor);
        changes.fire(new PostChanged(post, action, actor));
        Log.infof("Post %s of workspace %s updated by %s (%s -> %s)", post.id, post.workspaceId, actor, previous, post.status);
        return post;
    }

    /** Flushes first so the event carries the version Hibernate just assigned. */
    private void recordUpdate(Post post, PostStatus previous, String actor) {
        posts.flush();
        outbox.record(EventType.POST_UPDATED, post.workspaceId, post.id.toString(), post.id.toString(),
                PostSnapshot.updated(post, previous, actor, approvalRequirement.requiredFor(post)));
    }

    private static void apply(Post post, PostRequest request, Instant now) {
        post.title = request.title().strip();
        post.campaignId = request.campaignId();
        post.pillar = request.pillar();
        post.tags = request.tags() == null ? new ArrayList<>() : new ArrayList<>(request.tags());
        post.onBehalfOf = request.onBehalfOf();
        post.plannedAt = request.plannedAt() == null ? null : request.plannedAt().truncatedTo(ChronoUnit.MICROS);
        post.variants = new ArrayList<>(request.variants().stream()
                .map(v -> new PostVariant(v.channelId(), v.text(), v.mediaIds() == null ? List.of() : v.mediaIds(),
                        v.firstComment(), v.link(), v.options() == null ? new LinkedHashMap<>() : v.options()))
                .toList());
        post.updatedAt = now;
    }
}
