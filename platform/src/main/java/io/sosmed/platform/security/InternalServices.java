package io.sosmed.platform.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a workspace endpoint that Sosmed's own services may also call, in any workspace, with their client-credentials
 * token: the token's authorized party ({@code azp}) must be one of {@code sosmed.security.service-clients}. Use it for
 * reads one service needs from another (schedule-service reading a post's media to upload it to a network); people
 * and integration clients still need their workspace role as the endpoint's other annotation says.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface InternalServices {
}
