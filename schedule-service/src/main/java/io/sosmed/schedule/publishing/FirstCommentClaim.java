package io.sosmed.schedule.publishing;

import io.sosmed.schedule.network.Network;
import java.util.UUID;

/**
 * A published post's first comment this replica claimed for one retry.
 *
 * @param attemptId      this comment attempt's id: the idempotency key where the network has one
 * @param postExternalId the published post the comment goes on
 * @param attempts       comment attempts so far, this one included
 */
record FirstCommentClaim(UUID id, UUID attemptId, String workspaceId, UUID postId, String channelId, Network network,
        String postExternalId, int attempts) {
}
