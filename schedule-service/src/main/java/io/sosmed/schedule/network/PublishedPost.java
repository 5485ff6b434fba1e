package io.sosmed.schedule.network;

/**
 * A post (or reply) that exists on the network.
 *
 * @param externalId the network's id, enough to delete it, read its metrics and recognise comments on it
 * @param url        the public URL, or {@code null} when the network gives none
 */
public record PublishedPost(String externalId, String url) {
}
