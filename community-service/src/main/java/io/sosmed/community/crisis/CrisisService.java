package io.sosmed.community.crisis;

import io.sosmed.platform.event.EventType;
import io.sosmed.platform.outbox.Outbox;
import io.sosmed.platform.paging.KeysetCursor;
import io.sosmed.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Shows a workspace's crisis state and lets an admin clear the current crisis. */
@ApplicationScoped
public class CrisisService {

    private final CrisisRepository crises;
    private final Outbox outbox;

    public CrisisService(CrisisRepository crises, Outbox outbox) {
        this.crises = crises;
        this.outbox = outbox;
    }

    public CrisisResponse.State state(String workspaceId, String cursor, int limit) {
        List<Crisis> rows = crises.history(workspaceId, KeysetCursor.decodeOrNull(cursor), limit);
        boolean more = rows.size() > limit;
        List<Crisis> page = more ? rows.subList(0, limit) : rows;
        String next = more ? new KeysetCursor(page.get(limit - 1).detectedAt, page.get(limit - 1).id).encode() : null;
        return new CrisisResponse.State(crises.findActive(workspaceId).map(CrisisResponse::of).orElse(null),
                page.stream().map(CrisisResponse::of).toList(), next);
    }

    @Transactional
    public CrisisResponse clear(String workspaceId, UUID id, String note, String by) {
        Crisis crisis = crises.lockInWorkspace(workspaceId, id)
                .orElseThrow(() -> ProblemException.notFound("Crisis", id.toString()));
        if (crisis.status == Crisis.Status.CLEARED) {
            throw new ProblemException(409, "crisis-cleared", "Already cleared",
                    "Crisis " + id + " was cleared by " + crisis.clearedBy + " at " + crisis.clearedAt);
        }
        crisis.status = Crisis.Status.CLEARED;
        crisis.clearedBy = by;
        crisis.clearedAt = Instant.now();
        crisis.note = note;
        outbox.record(EventType.CRISIS_CLEARED, workspaceId, workspaceId, id.toString(),
                new CrisisCleared(id, by, crisis.clearedAt, note));
        return CrisisResponse.of(crisis);
    }
}
