package io.sosmed.schedule.network;

import java.util.Optional;

/**
 * A post (or reply) that exists on the network.
 *
 * @param externalId          the network's id, enough to delete it, read its metrics and recognise comments on it
 * @param url                 the public URL, or {@code null} when the network gives none
 * @param firstCommentFailure why the publication's first comment (thread reply or comment) could not be posted while
 *                            the post itself was; {@code null} when it was posted or there was none
 */
public record PublishedPost(String externalId, String url, NetworkException firstCommentFailure) {

    public PublishedPost(String externalId, String url) {
        this(externalId, url, null);
    }

    /** The same post, noting that its first comment failed (the post stays published: it is never published again). */
    public PublishedPost withFirstCommentFailure(NetworkException failure) {
        return new PublishedPost(externalId, url, failure);
    }

    public Optional<NetworkException> firstCommentFailed() {
        return Optional.ofNullable(firstCommentFailure);
    }
}
