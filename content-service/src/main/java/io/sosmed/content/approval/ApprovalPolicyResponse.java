package io.sosmed.content.approval;

import java.time.Instant;
import java.util.List;

/** A workspace's approval policy; {@code updatedBy} is null for the default policy. */
public record ApprovalPolicyResponse(ApprovalMode mode, List<ApprovalStep> steps, String updatedBy, Instant updatedAt) {

    static ApprovalPolicyResponse of(ApprovalPolicy policy) {
        return new ApprovalPolicyResponse(policy.mode, List.copyOf(policy.steps), policy.updatedBy, policy.updatedAt);
    }
}
