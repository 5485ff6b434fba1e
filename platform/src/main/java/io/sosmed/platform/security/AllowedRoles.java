package io.sosmed.platform.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Roles that may call a workspace endpoint ({@code ADMIN} always may). Every resource method under
 * {@code /api/v1/workspaces/{workspaceId}} must carry it (or {@link AnyMember}); a method without
 * either is refused, so a forgotten annotation fails closed.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface AllowedRoles {
    WorkspaceRole[] value();
}
