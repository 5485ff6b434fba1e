package io.sosmed.content.approval;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An approval round with each step's state. */
public record RoundView(UUID id, RoundStatus status, int currentStep, List<StepView> steps, String submittedBy,
        Instant submittedAt, long postVersion, Instant closedAt) {

    static RoundView of(ApprovalRound round) {
        List<StepView> steps = new ArrayList<>();
        for (int i = 0; i < round.steps.size(); i++) {
            RoundStep step = round.steps.get(i);
            steps.add(new StepView(i, step.name(), step.reason(), step.role(), step.users(), step.detail(),
                    stateOf(round, i)));
        }
        return new RoundView(round.id, round.status, round.currentStep, steps, round.submittedBy, round.submittedAt,
                round.postVersion, round.closedAt);
    }

    private static String stateOf(ApprovalRound round, int index) {
        if (index < round.currentStep) {
            return "APPROVED";
        }
        if (index > round.currentStep) {
            return "PENDING";
        }
        return round.status == RoundStatus.OPEN ? "WAITING" : round.status.name();
    }
}
