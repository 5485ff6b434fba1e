package io.sosmed.schedule.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import io.sosmed.schedule.connector.NetworkFailures;
import io.sosmed.schedule.connector.NetworkHttp;
import io.sosmed.schedule.connector.NetworkResponse;
import io.sosmed.schedule.network.FailureKind;
import io.sosmed.schedule.network.Network;
import io.sosmed.schedule.network.NetworkException;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The token endpoint calls of RFC 6749: authorization code (with the PKCE verifier) and refresh token grants. */
@ApplicationScoped
public class OAuthTokens {

    private final NetworkHttp http;

    public OAuthTokens(NetworkHttp http) {
        this.http = http;
    }

    public TokenSet exchange(Network network, OAuthConfig.Provider provider, String code, String verifier,
            String redirectUri) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri);
        form.put("code_verifier", verifier);
        return call(network, provider, form, null, "exchange the authorization code");
    }

    public TokenSet refresh(Network network, OAuthConfig.Provider provider, String refreshToken) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", refreshToken);
        return call(network, provider, form, refreshToken, "refresh the access token");
    }

    private TokenSet call(Network network, OAuthConfig.Provider provider, Map<String, String> form,
            String previousRefreshToken, String action) {
        String clientId = provider.clientId().orElseThrow();
        form.put("client_id", clientId);
        provider.clientSecret().ifPresent(secret -> form.put("client_secret", secret));
        HttpRequest.Builder request = HttpRequest.newBuilder(provider.tokenUrl())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
        provider.clientSecret().ifPresent(secret -> request.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8))));
        NetworkResponse response = http.send(network, request, false);
        JsonNode body = response.json();
        if (!response.isSuccess()) {
            String error = body.path("error").asText("");
            String description = body.path("error_description").asText(error);
            if (error.equals("invalid_grant") || error.equals("invalid_request") || response.status() == 401) {
                return fail(network, FailureKind.AUTH, "token_invalid", NetworkFailures.displayName(network)
                        + " refused to " + action + " (" + description + "); connect the channel again.", response);
            }
            throw NetworkFailures.from(network, response, action, description, http.clock());
        }
        String refresh = body.path("refresh_token").asText(previousRefreshToken);
        Instant expiresAt = body.hasNonNull("expires_in")
                ? http.clock().instant().plusSeconds(body.path("expires_in").asLong()) : null;
        return new TokenSet(body.path("access_token").asText(), refresh, expiresAt);
    }

    private static TokenSet fail(Network network, FailureKind kind, String code, String message,
            NetworkResponse response) {
        throw NetworkFailures.failure(network, kind, code, message, null, response.status());
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
