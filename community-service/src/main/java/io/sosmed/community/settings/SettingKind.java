package io.sosmed.community.settings;

/** The settings documents a workspace has, one of each. */
public enum SettingKind {
    ROUTING_RULES,
    LISTENING_RULES,
    SLA_POLICY,
    CRISIS_POLICY
}
