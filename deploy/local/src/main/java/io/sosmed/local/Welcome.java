package io.sosmed.local;

import java.time.Duration;
import java.util.Locale;

/** What the stack prints once everything is ready: every URL and how to get a token. */
final class Welcome {

    private Welcome() {
    }

    static String text(StackSettings settings, Duration took) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "%nSosmed is ready in %.1f s. Press Ctrl-C to stop everything.%n%n",
                took.toMillis() / 1000.0));
        for (SosmedService service : SosmedService.values()) {
            text.append(String.format(Locale.ROOT, "  %-18s %s   OpenAPI %s/q/openapi   Swagger UI %s/q/swagger-ui%n",
                    service.module(), service.baseUrl(), service.baseUrl(), service.baseUrl()));
        }
        String tokenUrl = settings.issuer() + "/protocol/openid-connect/token";
        text.append(String.format(Locale.ROOT, """
                  AsyncAPI           %s/api/v1/events/asyncapi.yaml
                  Keycloak           http://localhost:%d  (admin console: %s / %s; realm sosmed)
                  OIDC discovery     %s/.well-known/openid-configuration
                  Kafka              %s
                  Data and logs      %s

                Demo users (password demo): alice admin, eddie editor, avery approver, paula publisher, nina analyst,
                gabe agent, vera viewer (workspace acme); oscar admin (workspace globex).

                Get a token for eddie and create a post:
                  TOKEN=$(curl -s -d client_id=sosmed-cli -d grant_type=password -d username=eddie -d password=demo \\
                    %s | sed 's/.*"access_token":"\\([^"]*\\)".*/\\1/')
                  curl -i -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \\
                    -d '{"title":"Webinar launch","variants":[{"channelId":"x-main","text":"Join us #webinar"}]}' \\
                    http://localhost:8081/api/v1/workspaces/acme/posts

                Integration systems: client credentials of client sosmed-integration (secret sosmed-integration-secret).

                Simulated networks (http://localhost:%d, any token works): connect as alice (ALICE_TOKEN as above, username=alice)
                  curl -H "Authorization: Bearer $ALICE_TOKEN" -H 'Content-Type: application/json' \\
                    -d '{"network":"MASTODON","instanceUrl":"http://localhost:%d","credentials":{"accessToken":"sim"}}' \\
                    http://localhost:8082/api/v1/workspaces/acme/channels
                  (or "network":"X" with {"accessToken":"sim"}); published posts get a comment after 5 s and growing likes.
                """, SosmedService.CONTENT.baseUrl(), settings.keycloakPort(), Keycloak.ADMIN_USER, Keycloak.ADMIN_PASSWORD,
                settings.issuer(), settings.kafkaBootstrapServers(), settings.dataDirectory(), tokenUrl,
                NetworkSimulator.PORT, NetworkSimulator.PORT));
        return text.toString();
    }
}
