package io.sosmed.platform.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;
import java.util.Set;

/** How workspace roles are read from access tokens. */
@ConfigMapping(prefix = "sosmed.security")
public interface SecurityConfig {

    /**
     * Token claim listing workspace memberships as {@code /<workspace>/<role>} (Keycloak group paths)
     * or {@code <workspace>:<role>}.
     */
    @WithDefault("groups")
    String rolesClaim();

    /**
     * Client ids of Sosmed's own services (client-credentials clients with nothing but a service account): their tokens
     * may call endpoints marked {@link InternalServices} in every workspace. Empty by default.
     */
    Optional<Set<String>> serviceClients();
}
