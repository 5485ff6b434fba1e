package io.sosmed.content.post;

/** What happened to a post: each is one revision. */
public enum PostAction {
    CREATED,
    REPLACED,
    PATCHED,
    DELETED,
    RESTORED,
    SUBMITTED,
    APPROVED,
    REJECTED,
    CHANGES_REQUESTED;

    /** Whether the action changed what the post says or whether it exists (as opposed to a review decision). */
    public boolean isEdit() {
        return this == REPLACED || this == PATCHED || this == DELETED || this == RESTORED;
    }
}
