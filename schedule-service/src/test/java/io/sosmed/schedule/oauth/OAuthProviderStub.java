package io.sosmed.schedule.oauth;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * A WireMock X (token endpoint and API) and Meta Graph (Facebook Login token endpoint, {@code /me/accounts}) the service
 * is configured against, for the OAuth tests.
 */
public class OAuthProviderStub implements QuarkusTestResourceLifecycleManager {

    static final String CLIENT_ID = "test-x-client";
    static final String AUTHORIZE_URL = "https://x.example.test/i/oauth2/authorize";
    static final String META_CLIENT_ID = "test-meta-app";
    static final String META_SECRET = "test-meta-secret";
    static final String META_DIALOG_URL = "https://www.facebook.example.test/v21.0/dialog/oauth";
    private static WireMockServer server;

    static WireMockServer server() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        String base = "http://localhost:" + server.port();
        return Map.of(
                "sosmed.oauth.providers.meta.client-id", META_CLIENT_ID,
                "sosmed.oauth.providers.meta.client-secret", META_SECRET,
                "sosmed.oauth.providers.meta.authorize-url", META_DIALOG_URL,
                "sosmed.oauth.providers.meta.token-url", base + "/v21.0/oauth/access_token",
                "sosmed.connector.meta.graph-url", base + "/v21.0",
                "sosmed.oauth.providers.x.client-id", CLIENT_ID,
                "sosmed.oauth.providers.x.client-secret", "test-x-secret",
                "sosmed.oauth.providers.x.authorize-url", AUTHORIZE_URL,
                "sosmed.oauth.providers.x.token-url", base + "/2/oauth2/token",
                "sosmed.connector.x.api-url", base);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
