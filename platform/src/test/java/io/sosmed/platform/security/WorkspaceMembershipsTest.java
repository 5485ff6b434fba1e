package io.sosmed.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WorkspaceMembershipsTest {

    private static final List<String> KEYCLOAK_GROUPS = List.of("/acme/editor", "/acme/approver", "/globex/viewer",
            "/default-roles-sosmed", "/acme/not-a-role");

    @Test
    void readsKeycloakGroupPathsAndIgnoresOtherGroups() {
        WorkspaceMemberships memberships = WorkspaceMemberships.parse(KEYCLOAK_GROUPS);

        assertThat(memberships.rolesIn("acme")).containsExactlyInAnyOrder(WorkspaceRole.EDITOR, WorkspaceRole.APPROVER);
        assertThat(memberships.rolesIn("globex")).containsExactly(WorkspaceRole.VIEWER);
        assertThat(memberships.isMember("default-roles-sosmed")).isFalse();
        assertThat(memberships.isMember("initech")).isFalse();
    }

    @Test
    void readsColonSeparatedEntries() {
        WorkspaceMemberships memberships = WorkspaceMemberships.parse(List.of("acme:AGENT", "acme:analyst"));

        assertThat(memberships.rolesIn("acme")).containsExactlyInAnyOrder(WorkspaceRole.AGENT, WorkspaceRole.ANALYST);
    }

    @Test
    void adminMayDoAnythingInItsWorkspaceOnly() {
        WorkspaceMemberships memberships = WorkspaceMemberships.parse(List.of("/acme/admin"));

        assertThat(memberships.mayAct("acme", List.of(WorkspaceRole.EDITOR))).isTrue();
        assertThat(memberships.mayAct("globex", List.of(WorkspaceRole.EDITOR))).isFalse();
    }

    @Test
    void otherRolesMayOnlyDoWhatTheyAreAllowed() {
        WorkspaceMemberships memberships = WorkspaceMemberships.parse(List.of("/acme/viewer"));

        assertThat(memberships.mayAct("acme", List.of(WorkspaceRole.EDITOR))).isFalse();
        assertThat(memberships.mayAct("acme", List.of(WorkspaceRole.EDITOR, WorkspaceRole.VIEWER))).isTrue();
    }
}
