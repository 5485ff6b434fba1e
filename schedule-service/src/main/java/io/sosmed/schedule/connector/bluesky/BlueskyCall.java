package io.sosmed.schedule.connector.bluesky;

import io.sosmed.schedule.connector.NetworkHttp;
import io.sosmed.schedule.connector.NetworkResponse;
import io.sosmed.schedule.network.ChannelContext;
import io.sosmed.schedule.network.FailureKind;
import io.sosmed.schedule.network.Network;
import io.sosmed.schedule.network.NetworkException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;

/**
 * XRPC calls for one channel during one operation: sends the session's access JWT and, when Bluesky says it expired,
 * refreshes the session once, stores the new JWTs with the channel and repeats the call (it was refused, so repeating
 * it cannot duplicate anything).
 */
final class BlueskyCall {

    private final ChannelContext channel;
    private final BlueskySessions sessions;
    private final NetworkHttp http;
    private String accessJwt;
    private boolean refreshed;

    BlueskyCall(ChannelContext channel, BlueskySessions sessions) {
        this.channel = channel;
        this.sessions = sessions;
        this.http = sessions.http();
        this.accessJwt = channel.credential(BlueskySessions.ACCESS_JWT);
    }

    NetworkResponse query(String method, Map<String, String> parameters, String action) {
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, value) -> query.append(query.isEmpty() ? "?" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        URI uri = URI.create(BlueskySessions.xrpc(channel.baseUrl(), method).toString() + query);
        return send(() -> HttpRequest.newBuilder(uri).GET(), false, action);
    }

    NetworkResponse procedure(String method, Object body, boolean changesState, String action) {
        URI uri = BlueskySessions.xrpc(channel.baseUrl(), method);
        return send(() -> HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(http.json(body)), changesState, action);
    }

    NetworkResponse upload(String contentType, byte[] bytes, String action) {
        URI uri = BlueskySessions.xrpc(channel.baseUrl(), "com.atproto.repo.uploadBlob");
        return send(() -> HttpRequest.newBuilder(uri).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)), false, action);
    }

    private NetworkResponse send(Supplier<HttpRequest.Builder> request, boolean changesState, String action) {
        NetworkResponse response = http.send(Network.BLUESKY, request.get()
                .header("Authorization", "Bearer " + accessJwt)
                .header("Accept", "application/json"), changesState);
        if (response.isSuccess()) {
            return response;
        }
        NetworkException failure = sessions.failure(response, action);
        if (failure.kind() == FailureKind.AUTH && failure.code().equals("token_expired") && !refreshed) {
            refreshed = true;
            Map<String, String> jwts = BlueskySessions.jwts(sessions.refresh(channel.baseUrl(), channel.credentials()));
            channel.tokens().update(jwts);
            accessJwt = jwts.get(BlueskySessions.ACCESS_JWT);
            return send(request, changesState, action);
        }
        throw failure;
    }
}
