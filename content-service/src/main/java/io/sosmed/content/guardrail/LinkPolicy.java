package io.sosmed.content.guardrail;

/** Whether a link-domain guardrail lists the only domains allowed or the domains refused. */
public enum LinkPolicy {
    ALLOW,
    DENY
}
