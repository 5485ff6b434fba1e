package io.sosmed.testing.oidc;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.HashMap;
import java.util.Map;

/**
 * A real OIDC provider for service tests (Quarkus' WireMock-based one, serving discovery and the
 * signing keys), configured so that tokens from {@link TestTokens} are accepted. Usage:
 * {@code @QuarkusTestResource(OidcTestResource.class)}.
 */
public class OidcTestResource extends OidcWiremockTestResource {

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        config.put("quarkus.oidc.auth-server-url", config.get("keycloak.url") + "/realms/quarkus/");
        config.put("quarkus.oidc.token.issuer", TestTokens.ISSUER);
        config.put("quarkus.oidc.token.audience", TestTokens.AUDIENCE);
        return config;
    }
}
