package io.sosmed.platform.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How workspace roles are read from access tokens. */
@ConfigMapping(prefix = "sosmed.security")
public interface SecurityConfig {

    /**
     * Token claim listing workspace memberships as {@code /<workspace>/<role>} (Keycloak group paths)
     * or {@code <workspace>:<role>}.
     */
    @WithDefault("groups")
    String rolesClaim();
}
