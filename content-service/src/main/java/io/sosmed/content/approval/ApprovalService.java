package io.sosmed.content.approval;

import io.quarkus.logging.Log;
import io.sosmed.content.post.Post;
import io.sosmed.content.post.PostAction;
import io.sosmed.content.post.PostChanged;
import io.sosmed.content.post.PostRepository;
import io.sosmed.content.post.PostService;
import io.sosmed.content.post.PostStatus;
import io.sosmed.content.validation.PostValidationReport;
import io.sosmed.content.validation.PostValidator;
import io.sosmed.platform.event.EventType;
import io.sosmed.platform.outbox.Outbox;
import io.sosmed.platform.paging.KeysetCursor;
import io.sosmed.platform.problem.ProblemException;
import io.sosmed.platform.security.WorkspaceRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Runs approval rounds: submit resolves the steps (policy, then an approver for sensitive topics, then the person a
 * post speaks for), each step is decided in order by someone it allows who is not the author or submitter, and the
 * last approval approves the post. Reject returns the post to DRAFT; request-changes to CHANGES_REQUESTED; an edit
 * or deletion cancels the round. Every transition records its decision and event in the same transaction.
 */
@ApplicationScoped
public class ApprovalService {

    private static final Set<PostStatus> SUBMITTABLE = EnumSet.of(PostStatus.DRAFT, PostStatus.CHANGES_REQUESTED);

    private final PostService posts;
    private final PostRepository postRepository;
    private final PostValidator validator;
    private final ApprovalPolicyService policies;
    private final ApprovalRoundRepository rounds;
    private final ApprovalDecisionRepository decisions;
    private final Outbox outbox;
    private final Event<PostChanged> changes;

    public ApprovalService(PostService posts, PostRepository postRepository, PostValidator validator,
            ApprovalPolicyService policies, ApprovalRoundRepository rounds, ApprovalDecisionRepository decisions,
            Outbox outbox, Event<PostChanged> changes) {
        this.posts = posts;
        this.postRepository = postRepository;
        this.validator = validator;
        this.policies = policies;
        this.rounds = rounds;
        this.decisions = decisions;
        this.outbox = outbox;
        this.changes = changes;
    }

    @Transactional
    public Post submit(String workspaceId, UUID postId, ReviewRequest request, String actor) {
        Post post = posts.get(workspaceId, postId);
        if (!SUBMITTABLE.contains(post.status)) {
            throw new ProblemException(409, "post-not-submittable", "Post cannot be submitted",
                    "Only a DRAFT or CHANGES_REQUESTED post can be submitted; this one is " + post.status);
        }
        PostValidationReport report = validator.validate(post);
        if (!report.valid()) {
            throw new InvalidPost(report);
        }
        Instant now = Instant.now();
        ApprovalRound round = new ApprovalRound();
        round.id = UUID.randomUUID();
        round.workspaceId = workspaceId;
        round.postId = post.id;
        round.steps = resolveSteps(post, report.sensitiveTopics());
        round.status = RoundStatus.OPEN;
        round.submittedBy = actor;
        round.submittedAt = now;
        round.postVersion = post.version;
        rounds.persist(round);
        record(round, null, Decision.SUBMITTED, actor, request.comment(), now);

        post.status = round.steps.isEmpty() ? PostStatus.APPROVED : PostStatus.IN_REVIEW;
        post.updatedAt = now;
        postRepository.flush();
        outbox.record(EventType.POST_SUBMITTED, workspaceId, post.id.toString(), post.id.toString(),
                new PostSubmitted(post.id, post.version, actor, now, request.comment(), round.steps.size()));
        changes.fire(new PostChanged(post, PostAction.SUBMITTED, actor));
        Log.infof("Post %s of workspace %s submitted by %s with %d approval steps", post.id, workspaceId, actor,
                round.steps.size());
        if (round.steps.isEmpty()) {
            close(round, RoundStatus.APPROVED, now);
            outbox.record(EventType.POST_APPROVED, workspaceId, post.id.toString(), post.id.toString(),
                    PostApproved.of(post, actor, now, request.comment(), false));
        }
        return post;
    }

    @Transactional
    public Post approve(String workspaceId, UUID postId, ReviewRequest request, String actor, Set<WorkspaceRole> roles) {
        Post post = posts.get(workspaceId, postId);
        ApprovalRound round = decidable(post, request, actor, roles);
        Instant now = Instant.now();
        RoundStep step = round.current();
        record(round, round.currentStep, Decision.APPROVED, actor, request.comment(), now);
        round.currentStep++;
        Log.infof("Step %d (%s) of post %s approved by %s", round.currentStep, step.name(), post.id, actor);
        if (round.currentStep < round.steps.size()) {
            return post;
        }
        close(round, RoundStatus.APPROVED, now);
        post.status = PostStatus.APPROVED;
        post.updatedAt = now;
        postRepository.flush();
        outbox.record(EventType.POST_APPROVED, workspaceId, post.id.toString(), post.id.toString(),
                PostApproved.of(post, actor, now, request.comment(), true));
        changes.fire(new PostChanged(post, PostAction.APPROVED, actor));
        return post;
    }

    /** Rejects (back to DRAFT) or requests changes (CHANGES_REQUESTED); either closes the round. */
    @Transactional
    public Post decline(String workspaceId, UUID postId, Decision decision, ReviewRequest request, String actor,
            Set<WorkspaceRole> roles) {
        Post post = posts.get(workspaceId, postId);
        ApprovalRound round = decidable(post, request, actor, roles);
        Instant now = Instant.now();
        record(round, round.currentStep, decision, actor, request.comment(), now);
        close(round, decision == Decision.REJECTED ? RoundStatus.REJECTED : RoundStatus.CHANGES_REQUESTED, now);
        post.status = decision == Decision.REJECTED ? PostStatus.DRAFT : PostStatus.CHANGES_REQUESTED;
        post.updatedAt = now;
        postRepository.flush();
        outbox.record(EventType.POST_REJECTED, workspaceId, post.id.toString(), post.id.toString(),
                new PostRejected(post.id, post.version, decision, actor, request.comment(), now));
        changes.fire(new PostChanged(post, decision == Decision.REJECTED ? PostAction.REJECTED
                : PostAction.CHANGES_REQUESTED, actor));
        Log.infof("Post %s of workspace %s: %s by %s", post.id, workspaceId, decision, actor);
        return post;
    }

    @Transactional
    public ApprovalsView view(String workspaceId, UUID postId, String cursor, int limit) {
        Post post = posts.get(workspaceId, postId);
        List<ApprovalDecision> found = decisions.history(post.id, KeysetCursor.decodeOrNull(cursor), limit + 1);
        List<ApprovalDecision> page = found.subList(0, Math.min(limit, found.size()));
        String next = found.size() > limit
                ? new KeysetCursor(page.get(limit - 1).decidedAt, page.get(limit - 1).id).encode() : null;
        return new ApprovalsView(post.id, post.status, rounds.latest(post.id).map(RoundView::of).orElse(null),
                page.stream().map(DecisionView::of).toList(), next);
    }

    /** An edit or deletion withdraws the open or approved round: reviewers approved a version that no longer exists. */
    void onPostChanged(@Observes PostChanged change) {
        if (!change.action().isEdit() || change.action() == PostAction.RESTORED) {
            return;
        }
        rounds.latest(change.post().id)
                .filter(round -> round.status == RoundStatus.OPEN || round.status == RoundStatus.APPROVED)
                .ifPresent(round -> {
                    Instant now = Instant.now();
                    close(round, RoundStatus.CANCELLED, now);
                    record(round, null, Decision.CANCELLED, change.actor(),
                            "Post " + (change.action() == PostAction.DELETED ? "deleted" : "edited"), now);
                    Log.infof("Approval round %s of post %s cancelled by an edit", round.id, round.postId);
                });
    }

    private List<RoundStep> resolveSteps(Post post, List<String> sensitiveTopics) {
        List<RoundStep> steps = new ArrayList<>();
        policies.steps(post.workspaceId).forEach(step ->
                steps.add(new RoundStep(step.name(), StepReason.POLICY, step.role(), step.users(), null)));
        if (!sensitiveTopics.isEmpty()) {
            steps.add(new RoundStep("Sensitive topics", StepReason.SENSITIVE_TOPIC, WorkspaceRole.APPROVER, List.of(),
                    "Mentions " + String.join(", ", sensitiveTopics)));
        }
        if (post.onBehalfOf != null && !post.onBehalfOf.equals(post.authorId)) {
            steps.add(new RoundStep("On behalf of " + post.onBehalfOf, StepReason.ON_BEHALF_OF, null,
                    List.of(post.onBehalfOf), null));
        }
        return steps;
    }

    /** The open round, if this member may decide its current step now; 409 when not in review, 403 otherwise. */
    private ApprovalRound decidable(Post post, ReviewRequest request, String actor, Set<WorkspaceRole> roles) {
        ApprovalRound round = rounds.open(post.id).orElseThrow(() -> new ProblemException(409, "post-not-in-review",
                "Post is not in review", "Only a post in review can be approved or declined; this one is " + post.status));
        if (request.step() != null && request.step() != round.currentStep) {
            throw forbidden("wrong-step", "Step " + request.step() + " is not the step waiting for a decision ("
                    + round.currentStep + ": " + round.current().name() + ")");
        }
        RoundStep step = round.current();
        if (actor.equals(post.authorId) || actor.equals(round.submittedBy)) {
            throw forbidden("own-post", "You wrote or submitted this post; someone else must review it");
        }
        if (!step.allows(actor, roles)) {
            throw forbidden("not-step-approver", "Step " + round.currentStep + " (" + step.name() + ") is decided by "
                    + step.approvers());
        }
        return round;
    }

    private void record(ApprovalRound round, Integer stepIndex, Decision decision, String actor, String comment,
            Instant at) {
        ApprovalDecision entry = new ApprovalDecision();
        entry.id = UUID.randomUUID();
        entry.roundId = round.id;
        entry.workspaceId = round.workspaceId;
        entry.postId = round.postId;
        entry.stepIndex = stepIndex;
        entry.stepName = stepIndex == null ? null : round.steps.get(stepIndex).name();
        entry.decision = decision;
        entry.actorId = actor;
        entry.comment = comment;
        entry.decidedAt = at;
        decisions.persist(entry);
    }

    private static void close(ApprovalRound round, RoundStatus status, Instant at) {
        round.status = status;
        round.closedAt = at;
    }

    private static ProblemException forbidden(String slug, String detail) {
        return new ProblemException(403, slug, "Not allowed to decide this step", detail);
    }
}
