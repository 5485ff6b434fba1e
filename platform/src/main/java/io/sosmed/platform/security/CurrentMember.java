package io.sosmed.platform.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.Set;

/** The authenticated caller of the current workspace request, set by {@link WorkspaceAccessFilter}. */
@RequestScoped
public class CurrentMember {

    private String subject;
    private String name;
    private String workspaceId;
    private Set<WorkspaceRole> roles = Set.of();

    void set(String subject, String name, String workspaceId, Set<WorkspaceRole> roles) {
        this.subject = subject;
        this.name = name;
        this.workspaceId = workspaceId;
        this.roles = Set.copyOf(roles);
    }

    /** Stable id of the user or integration client (token {@code sub}). */
    public String subject() {
        return subject;
    }

    /** Human-readable name (token {@code preferred_username}), for display only. */
    public String name() {
        return name;
    }

    public String workspaceId() {
        return workspaceId;
    }

    public Set<WorkspaceRole> roles() {
        return roles;
    }
}
