package io.sosmed.schedule.connector.linkedin;

import io.sosmed.schedule.connector.NetworkFailures;
import io.sosmed.schedule.connector.NetworkHttp;
import io.sosmed.schedule.connector.NetworkResponse;
import io.sosmed.schedule.network.Network;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

/**
 * Requests to LinkedIn's versioned REST API: every request carries {@code LinkedIn-Version} and
 * {@code X-Restli-Protocol-Version: 2.0.0}; every unsuccessful answer becomes a classified
 * {@link io.sosmed.schedule.network.NetworkException} with LinkedIn's own message.
 */
final class LinkedInApi {

    private final NetworkHttp http;
    private final URI base;
    private final String version;

    LinkedInApi(NetworkHttp http, URI base, String version) {
        this.http = http;
        this.base = URI.create(base.toString().replaceAll("/$", ""));
        this.version = version;
    }

    NetworkHttp http() {
        return http;
    }

    HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .header("LinkedIn-Version", version)
                .header("X-Restli-Protocol-Version", "2.0.0");
    }

    NetworkResponse send(String token, HttpRequest.Builder request, boolean changesState, String action) {
        NetworkResponse response = http.send(Network.LINKEDIN, request.header("Authorization", "Bearer " + token),
                changesState);
        if (!response.isSuccess()) {
            throw NetworkFailures.from(Network.LINKEDIN, response, action, response.json().path("message").asText(null),
                    http.clock());
        }
        return response;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
