package io.sosmed.content.approval;

import io.sosmed.platform.problem.Problem;
import io.sosmed.platform.problem.ProblemException;
import io.sosmed.platform.security.WorkspaceRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** Body of {@code PUT /approval-policy}: NONE without steps, SINGLE with one step, MULTI_STEP with 2 to 10. */
public record ApprovalPolicyRequest(@NotNull ApprovalMode mode, @Size(max = 10) List<@Valid @NotNull ApprovalStep> steps) {

    /** Refuses with 400 and field errors a step count that does not fit the mode and steps without one approver kind. */
    void requireConsistent() {
        List<ApprovalStep> given = steps == null ? List.of() : steps;
        List<Problem.FieldError> errors = new ArrayList<>();
        switch (mode) {
            case NONE -> {
                if (!given.isEmpty()) {
                    errors.add(new Problem.FieldError("steps", "must be empty when mode is NONE"));
                }
            }
            case SINGLE -> {
                if (given.size() != 1) {
                    errors.add(new Problem.FieldError("steps", "must hold exactly one step when mode is SINGLE"));
                }
            }
            case MULTI_STEP -> {
                if (given.size() < 2) {
                    errors.add(new Problem.FieldError("steps", "must hold at least two steps when mode is MULTI_STEP"));
                }
            }
        }
        for (int i = 0; i < given.size(); i++) {
            ApprovalStep step = given.get(i);
            boolean byRole = step.role() != null;
            boolean byUsers = !step.users().isEmpty();
            if (byRole == byUsers) {
                errors.add(new Problem.FieldError("steps[" + i + "]", "needs either a role or users, not both"));
            } else if (byRole && step.role() == WorkspaceRole.VIEWER) {
                errors.add(new Problem.FieldError("steps[" + i + "].role", "viewers cannot approve"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "validation", "Request is not valid", "The approval policy is inconsistent",
                    errors);
        }
    }
}
