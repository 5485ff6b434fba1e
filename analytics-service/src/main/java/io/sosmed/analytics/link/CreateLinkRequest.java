package io.sosmed.analytics.link;

import java.util.UUID;

/** A short link to create: where it leads and which post, channel and campaign it promotes (all optional but the destination). */
public record CreateLinkRequest(String destination, UUID postId, String channelId, String campaignId) {
}
