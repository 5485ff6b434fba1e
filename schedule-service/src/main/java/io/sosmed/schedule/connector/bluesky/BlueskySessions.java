package io.sosmed.schedule.connector.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import io.sosmed.schedule.connector.NetworkFailures;
import io.sosmed.schedule.connector.NetworkHttp;
import io.sosmed.schedule.connector.NetworkResponse;
import io.sosmed.schedule.network.FailureKind;
import io.sosmed.schedule.network.Network;
import io.sosmed.schedule.network.NetworkException;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.HashMap;
import java.util.Map;

/**
 * Bluesky app-password sessions: {@code com.atproto.server.createSession} with identifier and app password,
 * {@code com.atproto.server.refreshSession} with the refresh JWT when the access JWT expired.
 */
@ApplicationScoped
public class BlueskySessions {

    static final String IDENTIFIER = "identifier";
    static final String APP_PASSWORD = "appPassword";
    static final String ACCESS_JWT = "accessJwt";
    static final String REFRESH_JWT = "refreshJwt";

    private final NetworkHttp http;

    public BlueskySessions(NetworkHttp http) {
        this.http = http;
    }

    NetworkHttp http() {
        return http;
    }

    /** A new session; AUTH when Bluesky refuses the identifier or app password. */
    public JsonNode create(URI pds, String identifier, String appPassword) {
        HttpRequest.Builder request = HttpRequest.newBuilder(xrpc(pds, "com.atproto.server.createSession"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(http.json(Map.of(IDENTIFIER, identifier, "password", appPassword)));
        NetworkResponse response = http.send(Network.BLUESKY, request, false);
        if (!response.isSuccess()) {
            throw failure(response, "sign in with the app password");
        }
        return response.json();
    }

    /** Exchanges the refresh JWT for new JWTs; falls back to a new session from the app password when it expired too. */
    public JsonNode refresh(URI pds, Map<String, String> credentials) {
        String refreshJwt = credentials.get(REFRESH_JWT);
        if (refreshJwt != null) {
            HttpRequest.Builder request = HttpRequest.newBuilder(xrpc(pds, "com.atproto.server.refreshSession"))
                    .header("Authorization", "Bearer " + refreshJwt)
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.noBody());
            NetworkResponse response = http.send(Network.BLUESKY, request, false);
            if (response.isSuccess()) {
                return response.json();
            }
            NetworkException failure = failure(response, "refresh the session");
            if (failure.kind() != FailureKind.AUTH) {
                throw failure;
            }
        }
        return create(pds, credentials.get(IDENTIFIER), credentials.get(APP_PASSWORD));
    }

    /** What a channel stores: identifier and app password plus the session's JWTs. */
    static Map<String, String> stored(Map<String, String> credentials, JsonNode session) {
        Map<String, String> stored = new HashMap<>();
        stored.put(IDENTIFIER, credentials.get(IDENTIFIER));
        stored.put(APP_PASSWORD, credentials.get(APP_PASSWORD));
        stored.putAll(jwts(session));
        return stored;
    }

    static Map<String, String> jwts(JsonNode session) {
        return Map.of(ACCESS_JWT, session.path(ACCESS_JWT).asText(), REFRESH_JWT, session.path(REFRESH_JWT).asText());
    }

    static URI xrpc(URI pds, String method) {
        return URI.create(pds + "/xrpc/" + method);
    }

    /**
     * Maps an XRPC error ({@code {"error":"...","message":"..."}}): an expired or invalid token is an auth failure
     * (Bluesky answers {@code ExpiredToken} with 400), everything else as any network's.
     */
    NetworkException failure(NetworkResponse response, String action) {
        JsonNode body = response.json();
        String error = body.path("error").asText("");
        String message = body.path("message").asText(null);
        if (error.equals("ExpiredToken") || error.equals("InvalidToken") || error.equals("AuthenticationRequired")
                || error.equals("AccountTakedown")) {
            String because = message == null ? error : message;
            return new NetworkException(Network.BLUESKY, FailureKind.AUTH, error.equals("ExpiredToken")
                    ? "token_expired" : "token_invalid", "Bluesky refused the account's sign-in (" + because
                    + "); reconnect the channel with a new app password.", null, response.status(), null);
        }
        String reason = message == null ? (error.isEmpty() ? null : error) : (error.isEmpty() ? message : error + ": " + message);
        return NetworkFailures.from(Network.BLUESKY, response, action, reason, http.clock());
    }
}
