package io.sosmed.community.inbox;

/** How urgent a conversation is; listening rules and agents may raise it. */
public enum Priority {
    LOW, NORMAL, HIGH, URGENT;

    public Priority atLeast(Priority other) {
        return other != null && other.ordinal() > ordinal() ? other : this;
    }
}
