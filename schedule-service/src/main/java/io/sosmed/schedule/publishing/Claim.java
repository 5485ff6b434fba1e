package io.sosmed.schedule.publishing;

import io.sosmed.schedule.network.Network;
import io.sosmed.schedule.scheduling.ScheduledPublication;
import java.time.Instant;
import java.util.UUID;

/** A publication this replica claimed for one attempt (or one lookup): the attempt id is the idempotency marker. */
public record Claim(UUID id, UUID attemptId, String workspaceId, UUID postId, String channelId, Network network, int attempts,
        int lookups, Instant scheduledAt, Instant claimedAt) {

    static Claim of(ScheduledPublication p) {
        return new Claim(p.id, p.attemptId, p.workspaceId, p.postId, p.channelId, p.network, p.attempts, p.lookups,
                p.scheduledAt, p.claimedAt);
    }
}
