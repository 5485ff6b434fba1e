package io.sosmed.platform.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a member may do in one workspace; a token carries one or more roles per workspace. */
public enum WorkspaceRole {
    ADMIN,
    EDITOR,
    APPROVER,
    PUBLISHER,
    ANALYST,
    AGENT,
    VIEWER;

    public static Optional<WorkspaceRole> parse(String name) {
        String upper = name.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.name().equals(upper)).findFirst();
    }
}
