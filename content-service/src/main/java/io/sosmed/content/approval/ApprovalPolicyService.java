package io.sosmed.content.approval;

import io.quarkus.logging.Log;
import io.sosmed.content.post.ApprovalRequirement;
import io.sosmed.content.post.Post;
import io.sosmed.platform.security.WorkspaceRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Keeps each workspace's approval policy; workspaces that never set one need one approval by any approver. */
@ApplicationScoped
public class ApprovalPolicyService implements ApprovalRequirement {

    /** The policy of a workspace that has not chosen one: approved before it goes out. */
    static final List<ApprovalStep> DEFAULT = List.of(new ApprovalStep("Approval", WorkspaceRole.APPROVER, List.of()));

    private final ApprovalPolicyRepository policies;

    public ApprovalPolicyService(ApprovalPolicyRepository policies) {
        this.policies = policies;
    }

    @Transactional
    public ApprovalPolicyResponse get(String workspaceId) {
        return policies.findByIdOptional(workspaceId).map(ApprovalPolicyResponse::of)
                .orElse(new ApprovalPolicyResponse(ApprovalMode.SINGLE, DEFAULT, null, null));
    }

    @Transactional
    public ApprovalPolicyResponse put(String workspaceId, String actor, ApprovalPolicyRequest request) {
        request.requireConsistent();
        ApprovalPolicy policy = policies.findByIdOptional(workspaceId).orElse(null);
        boolean known = policy != null;
        if (!known) {
            policy = new ApprovalPolicy();
            policy.workspaceId = workspaceId;
        }
        policy.mode = request.mode();
        policy.steps = new ArrayList<>(request.steps() == null ? List.of() : request.steps());
        policy.updatedBy = actor;
        policy.updatedAt = Instant.now();
        if (!known) {
            policies.persist(policy);
        }
        Log.infof("Approval policy of workspace %s set to %s with %d steps by %s", workspaceId, policy.mode,
                policy.steps.size(), actor);
        return ApprovalPolicyResponse.of(policy);
    }

    /** The policy's steps in order; empty for NONE. */
    @Transactional
    public List<ApprovalStep> steps(String workspaceId) {
        return get(workspaceId).steps();
    }

    /**
     * True when the workspace policy asks for approval or the post speaks for someone (who must approve it).
     * Sensitive topics are only known when the post is validated at submit time; they add a step then.
     */
    @Override
    @Transactional
    public boolean requiredFor(Post post) {
        return !steps(post.workspaceId).isEmpty() || post.onBehalfOf != null;
    }
}
