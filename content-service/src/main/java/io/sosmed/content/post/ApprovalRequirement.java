package io.sosmed.content.post;

/** Whether a post must be approved before it may be scheduled; answered by the workspace's approval policy. */
public interface ApprovalRequirement {

    boolean requiredFor(Post post);
}
