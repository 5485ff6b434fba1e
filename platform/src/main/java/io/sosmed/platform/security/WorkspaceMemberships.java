package io.sosmed.platform.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The workspaces a caller belongs to and their roles there, parsed from a token claim. */
public final class WorkspaceMemberships {

    private final Map<String, Set<WorkspaceRole>> roles;

    private WorkspaceMemberships(Map<String, Set<WorkspaceRole>> roles) {
        this.roles = roles;
    }

    /**
     * Parses entries like {@code /acme/editor} or {@code acme:editor}; entries naming no known role
     * (other groups the identity provider adds) are ignored.
     */
    public static WorkspaceMemberships parse(Collection<String> entries) {
        Map<String, Set<WorkspaceRole>> roles = new HashMap<>();
        for (String entry : entries) {
            String[] parts = entry.startsWith("/") ? entry.substring(1).split("/") : entry.split(":");
            if (parts.length != 2 || parts[0].isBlank()) {
                continue;
            }
            WorkspaceRole.parse(parts[1]).ifPresent(role ->
                    roles.computeIfAbsent(parts[0], ws -> EnumSet.noneOf(WorkspaceRole.class)).add(role));
        }
        return new WorkspaceMemberships(roles);
    }

    public Set<WorkspaceRole> rolesIn(String workspaceId) {
        return roles.getOrDefault(workspaceId, Set.of());
    }

    public boolean isMember(String workspaceId) {
        return !rolesIn(workspaceId).isEmpty();
    }

    /** True when one of the caller's roles in the workspace is admin or one of {@code allowed}. */
    public boolean mayAct(String workspaceId, Collection<WorkspaceRole> allowed) {
        Set<WorkspaceRole> held = rolesIn(workspaceId);
        return held.contains(WorkspaceRole.ADMIN) || held.stream().anyMatch(allowed::contains);
    }
}
