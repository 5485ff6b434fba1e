package io.sosmed.content.approval;

import io.sosmed.platform.security.WorkspaceRole;
import java.util.List;
import java.util.Set;

/** A step of one approval round, fixed when the post was submitted. */
public record RoundStep(String name, StepReason reason, WorkspaceRole role, List<String> users, String detail) {

    public RoundStep {
        users = users == null ? List.of() : List.copyOf(users);
    }

    /** Whether this member may decide the step: a named user, or a holder of the role (admins hold every role). */
    boolean allows(String subject, Set<WorkspaceRole> roles) {
        if (role == null) {
            return users.contains(subject);
        }
        return roles.contains(role) || roles.contains(WorkspaceRole.ADMIN);
    }

    String approvers() {
        return role == null ? String.join(", ", users) : "any " + role.name().toLowerCase() + " or admin";
    }
}
