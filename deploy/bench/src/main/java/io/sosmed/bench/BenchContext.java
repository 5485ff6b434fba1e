package io.sosmed.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sosmed.local.LocalStack;
import io.sosmed.local.SosmedService;
import io.sosmed.local.StackSettings;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** What scenarios use to reach the running stack: HTTP with demo users' tokens, the databases and Kafka. */
public final class BenchContext {

    private static final Duration TOKEN_REUSE = Duration.ofMinutes(10);

    private final StackSettings settings;
    private final LocalStack stack;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    private record Token(String value, Instant fetchedAt) {
    }

    BenchContext(StackSettings settings, LocalStack stack) {
        this.settings = settings;
        this.stack = stack;
    }

    public HttpClient http() {
        return http;
    }

    public ObjectMapper json() {
        return json;
    }

    public URI uri(SosmedService service, String path) {
        return URI.create(service.baseUrl() + path);
    }

    /** A request builder for the service with the demo user's bearer token (password {@code demo}). */
    public HttpRequest.Builder request(SosmedService service, String path, String username) {
        return HttpRequest.newBuilder(uri(service, path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token(username));
    }

    public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Sends and returns the JSON body, failing with the response when the status is not 2xx. */
    public JsonNode sendForJson(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = send(request);
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body());
    }

    public String token(String username) {
        Token token = tokens.compute(username, (name, cached) -> cached != null
                && cached.fetchedAt().plus(TOKEN_REUSE).isAfter(Instant.now()) ? cached : fetch(name));
        return token.value();
    }

    private Token fetch(String username) {
        String form = "client_id=sosmed-cli&grant_type=password&username=" + URLEncoder.encode(username,
                StandardCharsets.UTF_8) + "&password=demo";
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            JsonNode body = sendForJson(request);
            return new Token(body.path("access_token").asText(), Instant.now());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak did not issue a token for " + username, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while fetching a token", e);
        }
    }

    /** A JDBC connection to one service's database, for seeding volume the API would take hours to create. */
    public Connection database(SosmedService service) throws SQLException {
        LocalStack.DatabaseAccess access = stack.databaseAccess(service.database());
        return DriverManager.getConnection(access.jdbcUrl(), access.username(), access.password());
    }

    /** Starts another replica of the service on the port; closing it stops that replica. */
    public AutoCloseable startReplica(SosmedService service, int port) {
        return stack.startReplica(service, port);
    }

    public int simulatorPort() {
        return settings.simulatorPort();
    }

    public String kafkaBootstrapServers() {
        return settings.kafkaBootstrapServers();
    }
}
