package io.sosmed.content.approval;

import java.time.Instant;
import java.util.UUID;

/** One entry of the approval history. */
public record DecisionView(UUID id, UUID roundId, Integer step, String stepName, Decision decision, String actorId,
        String comment, Instant decidedAt) {

    static DecisionView of(ApprovalDecision decision) {
        return new DecisionView(decision.id, decision.roundId, decision.stepIndex, decision.stepName, decision.decision,
                decision.actorId, decision.comment, decision.decidedAt);
    }
}
