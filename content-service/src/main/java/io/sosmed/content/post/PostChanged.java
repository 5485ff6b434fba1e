package io.sosmed.content.post;

/**
 * Fired synchronously inside the transaction that changed a post, after the change was flushed, so observers
 * (revisions, approval rounds) commit or roll back with it.
 */
public record PostChanged(Post post, PostAction action, String actor) {
}
