package io.sosmed.content.approval;

import io.sosmed.platform.security.WorkspaceRole;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One step of a policy: anyone holding {@code role} (admins always may), or one of the named {@code users}. */
public record ApprovalStep(
        @NotBlank @Size(max = 100) String name,
        @Schema(description = "Role that approves this step; exclusive with users") WorkspaceRole role,
        @Schema(description = "Token subjects of the people who may approve this step; exclusive with role")
        @Size(max = 20) List<@NotBlank @Size(max = 200) String> users) {

    public ApprovalStep {
        users = users == null ? List.of() : List.copyOf(users);
    }
}
