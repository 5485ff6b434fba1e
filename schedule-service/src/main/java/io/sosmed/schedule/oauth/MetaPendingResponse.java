package io.sosmed.schedule.oauth;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A Meta authorization waiting for a choice: the Pages (and their linked Instagram accounts) the person manages.
 * {@code selectPath} is where to POST the choice before {@code expiresAt}.
 */
public record MetaPendingResponse(UUID id, String workspaceId, Instant expiresAt, List<MetaPage> pages, String selectPath) {

    static MetaPendingResponse of(MetaPendingConnection pending) {
        return new MetaPendingResponse(pending.id, pending.workspaceId, pending.expiresAt, List.copyOf(pending.choices),
                MetaConnectService.pendingPath(pending.workspaceId, pending.id) + "/select");
    }
}
