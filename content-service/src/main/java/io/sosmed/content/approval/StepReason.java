package io.sosmed.content.approval;

/** Why a round has a step. */
public enum StepReason {
    /** The workspace's approval policy. */
    POLICY,
    /** The post touches a sensitive topic of the workspace's guardrails: an approver signs off. */
    SENSITIVE_TOPIC,
    /** The post speaks for someone: that person signs off. */
    ON_BEHALF_OF
}
