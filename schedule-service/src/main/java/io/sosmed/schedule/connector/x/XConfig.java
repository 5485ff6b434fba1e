package io.sosmed.schedule.connector.x;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.util.Optional;

/** Where X's API lives and the app's OAuth2 client, for refreshing user tokens. */
@ConfigMapping(prefix = "sosmed.connector.x")
public interface XConfig {

    /** Base of the X API v2 (the local stack points it at the network simulator). */
    @WithDefault("https://api.x.com")
    URI apiUrl();

    /** OAuth2 client id of the Sosmed app; without it expired tokens cannot be refreshed. */
    Optional<String> clientId();

    /** OAuth2 client secret (confidential client); sent with HTTP Basic when set. Env SOSMED_CONNECTOR_X_CLIENT_SECRET. */
    Optional<String> clientSecret();
}
