package io.sosmed.schedule.connector.meta;

import com.fasterxml.jackson.databind.JsonNode;
import io.sosmed.schedule.connector.NetworkFailures;
import io.sosmed.schedule.connector.NetworkHttp;
import io.sosmed.schedule.connector.NetworkResponse;
import io.sosmed.schedule.connector.RateLimitHeaders;
import io.sosmed.schedule.network.FailureKind;
import io.sosmed.schedule.network.Network;
import io.sosmed.schedule.network.NetworkException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Calls on Meta's Graph APIs (Facebook Pages, Instagram, and the Threads API, which has the same shape): form-encoded
 * parameters, a bearer token, and Graph's error object {@code {"error":{"message","type","code","error_subcode"}}},
 * whose code matters more than the HTTP status: 190 is an invalid or expired token, 4/17/32/613/80001+ are rate
 * limits answered with 400 or 403, 1/2 are transient.
 */
public final class GraphApi {

    private static final Set<Integer> RATE_LIMIT_CODES = Set.of(4, 17, 32, 613, 80001, 80002, 80004, 80005, 80006);
    private static final Set<Integer> TRANSIENT_CODES = Set.of(1, 2);
    private static final int INVALID_TOKEN = 190;
    private static final int MEDIA_DOWNLOAD_FAILED = 2207052;
    private static final Duration RATE_LIMIT_FALLBACK = Duration.ofMinutes(15);

    private final NetworkHttp http;
    private final Network network;
    private final URI base;

    public GraphApi(NetworkHttp http, Network network, URI base) {
        this.http = http;
        this.network = network;
        this.base = URI.create(base.toString().replaceAll("/$", ""));
    }

    public NetworkHttp http() {
        return http;
    }

    public JsonNode get(String token, String path, Map<String, String> parameters, String action) {
        return send(token, HttpRequest.newBuilder(url(path, parameters)).GET(), false, action);
    }

    public JsonNode post(String token, String path, Map<String, String> parameters, boolean changesState, String action) {
        return send(token, HttpRequest.newBuilder(url(path, Map.of()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(parameters))), changesState, action);
    }

    public JsonNode delete(String token, String path, String action) {
        return send(token, HttpRequest.newBuilder(url(path, Map.of())).DELETE(), true, action);
    }

    /** Parameters in the order given, dropping absent values. */
    public static Map<String, String> params(String... pairs) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null && !pairs[i + 1].isBlank()) {
                parameters.put(pairs[i], pairs[i + 1]);
            }
        }
        return parameters;
    }

    private JsonNode send(String token, HttpRequest.Builder request, boolean changesState, String action) {
        NetworkResponse response = http.send(network, request.header("Authorization", "Bearer " + token)
                .header("Accept", "application/json"), changesState);
        if (response.isSuccess()) {
            return response.json();
        }
        throw failure(response, action);
    }

    /** The Graph error of a failed response, classified by Meta's error code. */
    public NetworkException failure(NetworkResponse response, String action) {
        JsonNode error = response.json().path("error");
        int code = error.path("code").asInt(0);
        int subcode = error.path("error_subcode").asInt(0);
        String message = error.path("error_user_msg").asText(error.path("message").asText(null));
        String name = NetworkFailures.displayName(network);
        if (code == INVALID_TOKEN) {
            return NetworkFailures.failure(network, FailureKind.AUTH, "token_invalid", name + " rejected the channel's"
                    + " access (" + message + "); reconnect the channel.", null, response.status());
        }
        if (RATE_LIMIT_CODES.contains(code) || response.status() == 429) {
            Duration wait = RateLimitHeaders.retryAfter(response.headers(), http.clock()).orElse(RATE_LIMIT_FALLBACK);
            return NetworkFailures.failure(network, FailureKind.RETRYABLE, "rate_limited", name
                    + " rate limit reached while trying to " + action + "; retrying after " + wait.toSeconds() + " s.",
                    wait, response.status());
        }
        if (TRANSIENT_CODES.contains(code) || error.path("is_transient").asBoolean(false)) {
            return NetworkFailures.failure(network, FailureKind.RETRYABLE, "network_unavailable", name + " could not "
                    + action + " right now (" + message + "); it will be retried.", null, response.status());
        }
        if (subcode == MEDIA_DOWNLOAD_FAILED) {
            return NetworkFailures.failure(network, FailureKind.PERMANENT, "media_unreachable", name
                    + " could not fetch the media: the URL must be public and point straight at the file ("
                    + message + ").", null, response.status());
        }
        return NetworkFailures.from(network, response, action, message, http.clock());
    }

    private URI url(String path, Map<String, String> parameters) {
        String query = parameters.isEmpty() ? "" : "?" + form(parameters);
        return URI.create(base + path + query);
    }

    private static String form(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
