package io.sosmed.content.approval;

import io.sosmed.platform.security.WorkspaceRole;
import java.util.List;

/** One step of a round: who decides it and where it stands (APPROVED, WAITING, PENDING, or how the round ended). */
public record StepView(int index, String name, StepReason reason, WorkspaceRole role, List<String> users, String detail,
        String state) {
}
