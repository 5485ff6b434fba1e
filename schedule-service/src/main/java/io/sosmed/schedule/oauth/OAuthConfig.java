package io.sosmed.schedule.oauth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** OAuth2 clients of the networks that connect through the authorization code flow with PKCE. */
@ConfigMapping(prefix = "sosmed.oauth")
public interface OAuthConfig {

    /** Providers by lower-case network id ({@code x}, {@code linkedin}, {@code threads}) and {@code meta} (Facebook Login). */
    Map<String, Provider> providers();

    /** Public base URL of this service; the callback is {@code <base>/api/v1/channels/oauth/<network>/callback}. */
    @WithDefault("http://localhost:8082")
    URI callbackBase();

    /** How long a started authorization may take before its state expires. */
    @WithDefault("PT10M")
    Duration stateTtl();

    /** How long a completed Meta authorization waits for the choice of Pages / Instagram accounts. */
    @WithDefault("PT15M")
    Duration pendingTtl();

    /** Tokens expiring within this window are refreshed ahead of time. */
    @WithDefault("PT15M")
    Duration refreshAhead();

    /** One network's OAuth2 client; the network is offered only when {@code client-id} is set. */
    interface Provider {

        Optional<String> clientId();

        /** Sent with HTTP Basic when set (confidential clients); env e.g. SOSMED_OAUTH_PROVIDERS_X_CLIENT_SECRET. */
        Optional<String> clientSecret();

        URI authorizeUrl();

        URI tokenUrl();

        /** Space-separated scopes requested. */
        String scopes();
    }
}
