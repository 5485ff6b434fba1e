package io.sosmed.content.guardrail;

/** What a brand guardrail checks. */
public enum GuardrailKind {
    /** Words or phrases the brand never uses ({@code terms}). */
    BANNED_TERM,
    /** When a trigger ({@code terms}: a word in the text or a post tag) is present, one of {@code disclosures} must be. */
    REQUIRED_DISCLOSURE,
    /** At most {@code maxEmojis} emoji in a variant's text, on {@code network} or on every network when null. */
    MAX_EMOJIS,
    /** Links may only point at ({@code ALLOW}) or never at ({@code DENY}) {@code domains} and their subdomains. */
    LINK_DOMAINS,
    /** Topics ({@code terms}) that need an extra approval step by an approver. */
    SENSITIVE_TOPIC
}
