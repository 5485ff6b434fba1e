package io.sosmed.content.approval;

/** How many approvals a workspace asks for before a post may be scheduled. */
public enum ApprovalMode {
    /** Submitting approves at once (sensitive topics and on-behalf-of posts still need their extra steps). */
    NONE,
    /** One step. */
    SINGLE,
    /** Ordered steps, each by a role or by named people. */
    MULTI_STEP
}
