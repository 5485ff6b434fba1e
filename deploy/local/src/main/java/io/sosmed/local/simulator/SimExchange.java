package io.sosmed.local.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One request to the simulator: path below the network's prefix, parameters, token, and JSON answers. */
final class SimExchange {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpExchange exchange;
    private final String path;
    private final Map<String, List<String>> parameters = new HashMap<>();
    private byte[] body;

    SimExchange(HttpExchange exchange, String prefix) throws IOException {
        this.exchange = exchange;
        this.path = exchange.getRequestURI().getPath().substring(prefix.length());
        parse(exchange.getRequestURI().getRawQuery());
        String contentType = header("Content-Type").orElse("");
        if (contentType.startsWith("application/x-www-form-urlencoded")) {
            parse(new String(body(), StandardCharsets.UTF_8));
        }
    }

    String method() {
        return exchange.getRequestMethod();
    }

    String path() {
        return path;
    }

    /** The path's segments after the prefix, e.g. {@code [api, v1, statuses, 42]}. */
    List<String> segments() {
        List<String> segments = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty()) {
                segments.add(part);
            }
        }
        return segments;
    }

    Optional<String> header(String name) {
        return Optional.ofNullable(exchange.getRequestHeaders().getFirst(name));
    }

    /** The bearer token, or empty when the request has none. */
    Optional<String> bearer() {
        return header("Authorization").filter(h -> h.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(h -> h.substring(7).trim()).filter(t -> !t.isEmpty());
    }

    Optional<String> parameter(String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    List<String> parameters(String name) {
        return parameters.getOrDefault(name, List.of());
    }

    byte[] body() throws IOException {
        if (body == null) {
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
        }
        return body;
    }

    JsonNode jsonBody() throws IOException {
        byte[] bytes = body();
        return bytes.length == 0 ? JSON.createObjectNode() : JSON.readTree(bytes);
    }

    void header(String name, String value) {
        exchange.getResponseHeaders().set(name, value);
    }

    void json(int status, Object value) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(value);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private void parse(String query) {
        if (query == null || query.isEmpty()) {
            return;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
